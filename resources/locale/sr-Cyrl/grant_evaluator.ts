<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Cyrl" sourcelanguage="en">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>У реду</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сачувај</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отвори</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Примени</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помоћ</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Not done</source>
        <translation>Није урађено</translation>
    </message>
</context>
<context>
    <name>batches</name>
    <message>
        <source>They are not entered in the audit trail: the workspace is damaged.</source>
        <translation>Датотеке нису унете у ревизијски траг: радни простор је оштећен.</translation>
    </message>
    <message>
        <source>They could not be entered in the audit trail: {audit_error}</source>
        <translation>Датотеке нису могле да буду унете у ревизијски траг: {audit_error}</translation>
    </message>
</context>
<context>
    <name>bias_view</name>
    <message>
        <source>Evaluator</source>
        <translation>Оцењивач</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Оцене</translation>
    </message>
    <message>
        <source>Mean total</source>
        <translation>Просечан збир</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Распон</translation>
    </message>
    <message>
        <source>Deviation from co-reviewers</source>
        <translation>Одступање од осталих оцењивача</translation>
    </message>
    <message>
        <source>Advisory only: these figures never change an official score. Deviation is the evaluator&apos;s total minus the mean of the other reviewers of the same proposal, averaged over their reviews (submitted and included reviews only).</source>
        <translation>Само информативно: ове вредности никада не мењају званичну оцену. Одступање је укупна оцена оцењивача умањена за просек оцена осталих оцењивача истог предлога пројекта, изражено као просек свих његових оцена (узимају се у обзир само поднете и укључене оцене).</translation>
    </message>
    <message>
        <source>Review totals per evaluator</source>
        <translation>Укупне оцене по оцењивачу</translation>
    </message>
</context>
<context>
    <name>call_page</name>
    <message>
        <source>mean</source>
        <translation>просек</translation>
    </message>
    <message>
        <source>median</source>
        <translation>медијана</translation>
    </message>
    <message>
        <source>the mean of the two closest</source>
        <translation>просек две најближе оцене</translation>
    </message>
    <message>
        <source>&lt;h1&gt;{escape}&lt;/h1&gt;&lt;p class=&apos;key&apos;&gt;{escape2}&lt;/p&gt;</source>
        <translation>&lt;h1&gt;{escape}&lt;/h1&gt;&lt;p class=&apos;key&apos;&gt;{escape2}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>at least {min_members} {escape} members from at least {min_countries} beneficiary countries, lead included</source>
        <translation>чланови типа {escape}: најмање {min_members}, укључујући водећег подносиоца пријаве; земље кориснице: најмање {min_countries}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>; a lead of type {escape} may apply alone</source>
        <translation>; водећи подносилац пријаве типа {escape} може да се пријави самостално</translation>
    </message>
    <message>
        <source>total ≥ {points} of {points2}</source>
        <translation>укупно ≥ {points} од {points2}</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Буџет</translation>
    </message>
    <message>
        <source>Grant size</source>
        <translation>Износ бесповратних средстава</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Трајање</translation>
    </message>
    <message>
        <source>{min_duration_months}–{max_duration_months} months</source>
        <translation>{min_duration_months}–{max_duration_months} мес.</translation>
    </message>
    <message>
        <source>Beneficiary countries</source>
        <translation>Земље кориснице</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Конзорцијум</translation>
    </message>
    <message>
        <source>Pass marks</source>
        <translation>Прагови бодова</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Оцењивање</translation>
    </message>
    <message>
        <source>{reviewers_per_proposal} per proposal, combined by {aggregate}; divergent when totals differ by ≥ {divergence_total} points{value} or a criterion by ≥ {points}</source>
        <translation>{reviewers_per_proposal} по предлогу пројекта, обједињавање: {aggregate}; оцене су неусаглашене када се укупне оцене разликују за ≥ {divergence_total}{value} или оцене једног критеријума за ≥ {points}</translation>
    </message>
    <message>
        <source> of the higher total</source>
        <translation> од веће укупне оцене</translation>
    </message>
    <message>
        <source>Written justification</source>
        <translation>Писано образложење</translation>
    </message>
    <message>
        <source>required for scores </source>
        <translation>обавезно за оцене </translation>
    </message>
    <message>
        <source>optional</source>
        <translation>није обавезно</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Граница буџета</translation>
    </message>
    <message>
        <source>strict: the first proposal that does not fit and all after it go to the reserve list</source>
        <translation>строго: први предлог пројекта који не стаје у буџет и сви после њега иду на резервну листу</translation>
    </message>
    <message>
        <source>fill: a proposal that does not fit goes to the reserve list, the next may fit</source>
        <translation>попуњавање: предлог пројекта који не стаје у буџет иде на резервну листу, а следећи можда стаје</translation>
    </message>
    <message>
        <source>Contracting authority</source>
        <translation>Уговорно тело</translation>
    </message>
    <message>
        <source>{escape}, {escape2} (represented by {escape3})</source>
        <translation>{escape}, {escape2} (заступник: {escape3})</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Priority areas&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Приоритетне области&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{escape}&lt;/b&gt;&lt;br&gt;&lt;span class=&apos;guidance&apos;&gt;{topics}&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{escape}&lt;/b&gt;&lt;br&gt;&lt;span class=&apos;guidance&apos;&gt;{topics}&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Scoring grid — {points} points&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Табела за оцењивање — највећи број бодова: {points}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th&gt;Code&lt;/th&gt;&lt;th&gt;Criterion&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Scale&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Weight&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Max&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th&gt;Шифра&lt;/th&gt;&lt;th&gt;Критеријум&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Скала&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Пондер&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Макс.&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source> (pass mark {points})</source>
        <translation> (праг: {points})</translation>
    </message>
    <message>
        <source>&lt;tr class=&apos;section&apos;&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;{escape}{mark}&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points}&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr class=&apos;section&apos;&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;{escape}{mark}&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points}&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source> by {points}</source>
        <translation> с кораком {points}</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;{escape}&lt;/td&gt;&lt;td&gt;{escape2}&lt;br&gt;&lt;span class=&apos;guidance&apos;&gt;{escape3}&lt;/span&gt;&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points}–{points2}{step}&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;×{points3}&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points4}&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;{escape}&lt;/td&gt;&lt;td&gt;{escape2}&lt;br&gt;&lt;span class=&apos;guidance&apos;&gt;{escape3}&lt;/span&gt;&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points}–{points2}{step}&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;×{points3}&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points4}&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Name the chair…</source>
        <translation>Унеси име председника…</translation>
    </message>
    <message>
        <source>Chair: &lt;b&gt;{escape}&lt;/b&gt; (the history names them for each change).</source>
        <translation>Председник комисије: &lt;b&gt;{escape}&lt;/b&gt; (име се бележи у историји уз сваку измену).</translation>
    </message>
    <message>
        <source>Chair: &lt;i&gt;not named yet&lt;/i&gt;; the history names the computer&apos;s login ({login}) for each change until you name the chair.</source>
        <translation>Председник комисије: &lt;i&gt;још није именован&lt;/i&gt;; до тада се у историји уз сваку измену бележи корисничко име рачунара ({login}).</translation>
    </message>
    <message>
        <source>Name the chair</source>
        <translation>Име председника комисије</translation>
    </message>
    <message>
        <source>The chair&apos;s name, as the committee knows it:</source>
        <translation>Име и презиме председника комисије, онако како је познато комисији:</translation>
    </message>
    <message>
        <source>Chair not named</source>
        <translation>Име председника комисије није унето</translation>
    </message>
</context>
<context>
    <name>contracts_page</name>
    <message>
        <source>Contract</source>
        <translation>Уговор</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Реф. број</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Корисник</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Износ</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Недостајући подаци</translation>
    </message>
    <message>
        <source>Printed as “[to be completed]”:
</source>
        <translation>Штампа се као „[попунити]“:
</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Штампач није могао да се покрене.</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Извези све…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Штампај…</translation>
    </message>
    <message>
        <source>{count}: contract drafts in rank order. Check each draft, then export or print it for signature.</source>
        <translation>{count}: нацрти уговора по редоследу на ранг-листи. Проверите сваки нацрт, а затим га извезите или одштампајте ради потписивања.</translation>
    </message>
    <message>
        <source>Draft not made</source>
        <translation>Нацрт није направљен</translation>
    </message>
    <message>
        <source>Folder for the contract drafts</source>
        <translation>Фасцикла за нацрте уговора</translation>
    </message>
    <message>
        <source>Contract drafts exported</source>
        <translation>Нацрти уговора су извезени</translation>
    </message>
    <message>
        <source>Wrote {count} into {folder}.</source>
        <translation>Уписано у {folder}: {count}.</translation>
    </message>
    <message>
        <source>Writing contract drafts…</source>
        <translation>Уписивање нацрта уговора…</translation>
    </message>
    <message>
        <source>Contract drafts not exported</source>
        <translation>Нацрти уговора нису извезени</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Није одштампано</translation>
    </message>
    <message>
        <source>Printed, but not entered in the audit trail</source>
        <translation>Одштампано, али није унето у ревизијски траг</translation>
    </message>
</context>
<context>
    <name>damaged</name>
    <message>
        <source>Workspace not opened</source>
        <translation>Радни простор није отворен</translation>
    </message>
    <message>
        <source>Workspace damaged</source>
        <translation>Радни простор је оштећен</translation>
    </message>
    <message>
        <source>{message}

{name} is open read-only: you can look at everything and export reports, but not change anything. It has no backup to restore.</source>
        <translation>{message}

Датотека {name} је отворена само за читање: можете све да прегледате и извезете извештаје, али ништа не можете да мењате. Не постоји резервна копија која би могла да се врати.</translation>
    </message>
    <message>
        <source>{message}

The latest backup of {name} was made {made} ({replace}). Restore it? The damaged file is kept as a backup too.</source>
        <translation>{message}

Последња резервна копија датотеке {name} направљена је {made} ({replace}). Вратити је? Оштећена датотека се такође чува као резервна копија.</translation>
    </message>
    <message>
        <source>

Or open {name} read-only, as it is, to look at it.</source>
        <translation>

Или отворите датотеку {name} само за читање, такву каква је, да бисте је прегледали.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Отвори само за читање</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Врати</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Резервна копија није враћена</translation>
    </message>
    <message>
        <source>Restore the latest backup…</source>
        <translation>Врати последњу резервну копију…</translation>
    </message>
    <message>
        <source>was changed by another program (it holds database objects Grant Evaluator does not create)</source>
        <translation>је изменио други програм (садржи објекте базе података које Grant Evaluator не прави)</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>је оштећен</translation>
    </message>
    <message>
        <source>Read-only: {name} {why}. You can look at everything and export reports, but nothing can be changed; restore a backup to repair it.</source>
        <translation>Само за читање: {name} {why}. Можете све да прегледате и извезете извештаје, али ништа не може да се мења; вратите резервну копију да бисте га поправили.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Edit evaluator</source>
        <translation>Измена података о оцењивачу</translation>
    </message>
    <message>
        <source>Add evaluator</source>
        <translation>Додавање оцењивача</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Име и презиме:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Земља:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-пошта:</translation>
    </message>
    <message>
        <source>e.g. ana_s; empty: packages and returns</source>
        <translation>нпр. ana_s; празно: пакети и датотеке са оценама</translation>
    </message>
    <message>
        <source>The database role this evaluator signs in to the server with; they then score on the server and see only their own proposals.</source>
        <translation>Улога у бази података с којом се овај оцењивач пријављује на сервер; тада оцењује на серверу и види само предлоге пројеката који су му додељени.</translation>
    </message>
    <message>
        <source>Signs in as:</source>
        <translation>Пријављује се као:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Разлог:</translation>
    </message>
    <message>
        <source>Proposal:</source>
        <translation>Предлог пројекта:</translation>
    </message>
    <message>
        <source>Awarded amount</source>
        <translation>Додељени износ</translation>
    </message>
    <message>
        <source>Needed when awarding less than requested</source>
        <translation>Обавезно када се додељује мање од траженог</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Износ:</translation>
    </message>
    <message>
        <source>“{typed}” is not an amount. Write it for example {example:.2f}, {example:,.2f} or {comma}.</source>
        <translation>„{typed}“ није износ. Упишите га, на пример, као {example:.2f}, {example:,.2f} или {comma}.</translation>
    </message>
    <message>
        <source>{amount:,.2f} is less than the {requested:,.2f} requested: give the reason for awarding less; the trail keeps it.</source>
        <translation>{amount:,.2f} је мање од тражених {requested:,.2f}: наведите разлог за доделу мањег износа; ревизијски траг га бележи.</translation>
    </message>
    <message>
        <source>Export evaluation packages</source>
        <translation>Извоз пакета за оцењивање</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Прегледај…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Извези</translation>
    </message>
    <message>
        <source>Each evaluator gets one file with the call, their proposals and their own scores — nothing about other evaluators. Send it to them by e-mail or USB stick.</source>
        <translation>Сваки оцењивач добија једну датотеку с позивом, својим предлозима пројеката и сопственим оценама — ништа о другим оцењивачима. Пошаљите је е-поштом или на USB меморији.</translation>
    </message>
    <message>
        <source>Evaluators:</source>
        <translation>Оцењивачи:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Фасцикла:</translation>
    </message>
    <message>
        <source>Folder for the packages</source>
        <translation>Фасцикла за пакете</translation>
    </message>
</context>
<context>
    <name>document_pane</name>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отвори</translation>
    </message>
    <message>
        <source>Open a private read-only copy in your system&apos;s application</source>
        <translation>Отвори приватну копију само за читање у апликацији вашег система</translation>
    </message>
    <message>
        <source>{reference} has no documents attached; score it from the summary.</source>
        <translation>Предлог пројекта {reference} нема приложене документе; оцените га на основу сажетка.</translation>
    </message>
    <message>
        <source>The documents of the proposal you score are shown here.</source>
        <translation>Овде се приказују документи предлога пројекта који оцењујете.</translation>
    </message>
    <message>
        <source>{described} opens in your system&apos;s application.</source>
        <translation>{described} се отвара у апликацији вашег система.</translation>
    </message>
    <message>
        <source>{described} cannot be shown here: {problem}. Your system&apos;s application may still open it.</source>
        <translation>{described} не може да се прикаже овде: {problem}. Апликација вашег система ипак ће га можда отворити.</translation>
    </message>
</context>
<context>
    <name>documents_panel</name>
    <message>
        <source>Documents (*.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.zip *.doc *.xls *.ppt *.rtf *.png *.jpg *.jpeg *.txt *.csv *.md);;All files (*)</source>
        <translation>Документи (*.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.zip *.doc *.xls *.ppt *.rtf *.png *.jpg *.jpeg *.txt *.csv *.md);;Све датотеке (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Документи&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Величина</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Додај…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Уклони</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отвори</translation>
    </message>
    <message>
        <source>{media_type}, added by {added_by}</source>
        <translation>{media_type}, додао(ла): {added_by}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents of {reference}&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;Документи предлога пројекта {reference}&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents&lt;/b&gt;: select a proposal</source>
        <translation>&lt;b&gt;Документи&lt;/b&gt;: изаберите предлог пројекта</translation>
    </message>
    <message>
        <source>Add documents to {reference}</source>
        <translation>Додавање докумената предлогу пројекта {reference}</translation>
    </message>
    <message>
        <source>Documents not added</source>
        <translation>Документи нису додати</translation>
    </message>
    <message>
        <source>Documents not imported</source>
        <translation>Документи нису увезени</translation>
    </message>
    <message>
        <source> ({skipped} left out)</source>
        <translation> (изостављено: {skipped})</translation>
    </message>
    <message>
        <source>Documents imported</source>
        <translation>Документи су увезени</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Уклањање документа</translation>
    </message>
    <message>
        <source>Remove “{name}” from {reference}?</source>
        <translation>Уклонити „{name}“ из предлога пројекта {reference}?</translation>
    </message>
    <message>
        <source>Document not removed</source>
        <translation>Документ није уклоњен</translation>
    </message>
</context>
<context>
    <name>evaluators_models</name>
    <message>
        <source>Name</source>
        <translation>Име и презиме</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Земља</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Оцене</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Поднето</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Сукоби интереса</translation>
    </message>
    <message>
        <source>Package sent</source>
        <translation>Пакет послат</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Примљене оцене</translation>
    </message>
    <message>
        <source>revision {returns_revision}, {when}</source>
        <translation>верзија {returns_revision}, {when}</translation>
    </message>
    <message>
        <source>{name} — {reference} {title}: free, double-click to assign</source>
        <translation>{name} — {reference} {title}: слободно, двокликом доделите</translation>
    </message>
</context>
<context>
    <name>evaluators_page</name>
    <message>
        <source>Add evaluator…</source>
        <translation>Додај оцењивача…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Измени…</translation>
    </message>
    <message>
        <source> per proposal</source>
        <translation> по предлогу</translation>
    </message>
    <message>
        <source>Assign automatically</source>
        <translation>Додели аутоматски</translation>
    </message>
    <message>
        <source>Export packages…</source>
        <translation>Извези пакете…</translation>
    </message>
    <message>
        <source>Import returns…</source>
        <translation>Увези оцене…</translation>
    </message>
    <message>
        <source>Evaluators:</source>
        <translation>Оцењивачи:</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предлог пројекта</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Разлог</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Евидентирао</translation>
    </message>
    <message>
        <source>Add conflict…</source>
        <translation>Додај сукоб интереса…</translation>
    </message>
    <message>
        <source>Remove conflict</source>
        <translation>Уклони сукоб интереса</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts of interest&lt;/b&gt;</source>
        <translation>&lt;b&gt;Сукоби интереса&lt;/b&gt;</translation>
    </message>
    <message>
        <source>  ·  double-click a cell to assign or unassign</source>
        <translation>  ·  двокликом на ћелију додељујете предлог или поништавате доделу</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assignments&lt;/b&gt; (eligible proposals × evaluators)</source>
        <translation>&lt;b&gt;Доделе&lt;/b&gt; (прихватљиви предлози пројеката × оцењивачи)</translation>
    </message>
    <message>
        <source>{count} · {reviews} assigned · {submitted} submitted</source>
        <translation>{count} · додељено: {reviews} · поднето: {submitted}</translation>
    </message>
    <message>
        <source>Evaluator not added</source>
        <translation>Оцењивач није додат</translation>
    </message>
    <message>
        <source>Evaluator added</source>
        <translation>Оцењивач је додат</translation>
    </message>
    <message>
        <source>{name} signs in to the server as {login}. The role was created without a password: set one with ALTER ROLE {login} PASSWORD &apos;…&apos; (or as the server&apos;s pg_hba.conf allows).</source>
        <translation>{name} се пријављује на сервер као {login}. Улога је направљена без лозинке: поставите је наредбом ALTER ROLE {login} PASSWORD &apos;…&apos; (или онако како то дозвољава pg_hba.conf сервера).</translation>
    </message>
    <message>
        <source>Evaluator not changed</source>
        <translation>Оцењивач није измењен</translation>
    </message>
    <message>
        <source>Nothing assigned</source>
        <translation>Ништа није додељено</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Доделе</translation>
    </message>
    <message>
        <source>Assigned {count}.</source>
        <translation>Додељено: {count}.</translation>
    </message>
    <message>
        <source>Every eligible proposal already has its evaluators.</source>
        <translation>Сваки прихватљиви предлог пројекта већ има своје оцењиваче.</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Сукоб интереса</translation>
    </message>
    <message>
        <source>{name} has a conflict of interest with {reference}.</source>
        <translation>{name} има сукоб интереса у вези с предлогом пројекта {reference}.</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Није додељено</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Поништи доделу</translation>
    </message>
    <message>
        <source>{name} has started reviewing {reference}. Unassign it and discard their scores?</source>
        <translation>{name}: оцењивање предлога пројекта {reference} је започето. Поништити доделу и одбацити унете оцене?</translation>
    </message>
    <message>
        <source>Not unassigned</source>
        <translation>Додела није поништена</translation>
    </message>
    <message>
        <source>Record a conflict of interest of {name}. They will not review the proposal; an unsubmitted review of it is released.</source>
        <translation>Евидентирајте сукоб интереса оцењивача {name}. Оцењивач неће оцењивати тај предлог пројекта, а његова неподнета оцена се повлачи.</translation>
    </message>
    <message>
        <source>Conflict not recorded</source>
        <translation>Сукоб интереса није евидентиран</translation>
    </message>
    <message>
        <source>Conflict not removed</source>
        <translation>Сукоб интереса није уклоњен</translation>
    </message>
    <message>
        <source>the evaluator</source>
        <translation>оцењивач</translation>
    </message>
    <message>
        <source>the chair</source>
        <translation>председник комисије</translation>
    </message>
    <message>
        <source>Packages exported</source>
        <translation>Пакети су извезени</translation>
    </message>
    <message>
        <source>{sum} written to {folder}.</source>
        <translation>Уписано у {folder}: {sum}.</translation>
    </message>
    <message>
        <source>Exporting packages…</source>
        <translation>Извоз пакета…</translation>
    </message>
    <message>
        <source>Packages not exported</source>
        <translation>Пакети нису извезени</translation>
    </message>
    <message>
        <source>Import returns</source>
        <translation>Увоз датотека са оценама</translation>
    </message>
    <message>
        <source>Returns files (*.ger);;All files (*)</source>
        <translation>Датотеке са оценама (*.ger);;Све датотеке (*)</translation>
    </message>
    <message>
        <source>Returns imported</source>
        <translation>Оцене су увезене</translation>
    </message>
    <message>
        <source>{imported} of {count} accepted</source>
        <translation>Прихваћено: {imported}; укупно: {count}</translation>
    </message>
    <message>
        <source>; {refused} refused, and each refused file changed nothing.</source>
        <translation>; одбијено: {refused}, а ниједна одбијена датотека није ништа променила.</translation>
    </message>
    <message>
        <source>Importing returns…</source>
        <translation>Увоз оцена…</translation>
    </message>
    <message>
        <source>Returns not imported</source>
        <translation>Оцене нису увезене</translation>
    </message>
    <message>
        <source>{name}: refused: {message}</source>
        <translation>{name}: одбијено: {message}</translation>
    </message>
    <message>
        <source>    not merged: {conflict}</source>
        <translation>    није обједињено: {conflict}</translation>
    </message>
</context>
<context>
    <name>feedback_panel</name>
    <message>
        <source>The whole proposal</source>
        <translation>Цео предлог пројекта</translation>
    </message>
    <message>
        <source>What the applicant reads in the outcome letter</source>
        <translation>Оно што подносилац пријаве чита у обавештењу о исходу</translation>
    </message>
    <message>
        <source>Save feedback</source>
        <translation>Сачувај повратну информацију</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Обриши</translation>
    </message>
    <message>
        <source>Copy this evaluator&apos;s comment in</source>
        <translation>Преузми коментар овог оцењивача</translation>
    </message>
    <message>
        <source>Evaluators&apos; comments stay the committee&apos;s own: only what you save here reaches the applicant, and a comment only when you copy it in.</source>
        <translation>Коментари оцењивача остају унутар комисије: до подносиоца пријаве стиже само оно што овде сачувате, а коментар само ако га преузмете.</translation>
    </message>
    <message>
        <source>Feedback on:</source>
        <translation>Повратна информација за:</translation>
    </message>
    <message>
        <source>From a comment:</source>
        <translation>Из коментара:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a proposal to write its feedback.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Изаберите предлог пројекта да бисте написали повратну информацију.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{escape}&lt;/b&gt; — {escape2}: the chair&apos;s feedback</source>
        <translation>&lt;b&gt;{escape}&lt;/b&gt; — {escape2}: повратна информација председника комисије</translation>
    </message>
    <message>
        <source>Feedback not saved</source>
        <translation>Повратна информација није сачувана</translation>
    </message>
    <message>
        <source>Feedback not cleared</source>
        <translation>Повратна информација није обрисана</translation>
    </message>
    <message>
        <source>Comment not copied</source>
        <translation>Коментар није преузет</translation>
    </message>
</context>
<context>
    <name>help_menu</name>
    <message>
        <source>
&lt;h2&gt;For the committee chair&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;File ▸ New workspace from call file…&lt;/b&gt; makes one workspace file for the call.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Proposals ▸ Import proposals…&lt;/b&gt; reads the proposals file (CSV or XLSX); every problem
is listed and nothing is imported until the file is right. Add each proposal&apos;s documents
beside its details, or drop a folder of reference-named subfolders there.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Evaluators&lt;/b&gt;: register the evaluators, record conflicts of interest, then
&lt;i&gt;Assign automatically&lt;/i&gt; (or click a cell of the matrix). &lt;i&gt;Export packages…&lt;/i&gt;
writes one signed package per evaluator.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;File ▸ Import returns…&lt;/b&gt; merges the evaluators&apos; signed returns. Your workspace
decides: a review you hold as submitted changes only after you reopen it.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Reconciliation&lt;/b&gt;: for each divergent proposal, set consensus scores or exclude a
review (with a reason), then resolve it with a note.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ranking&lt;/b&gt;: final scores, ranks, the budget line and the reserve list; set awarded
amounts, export CSV, XLSX or the PDF report.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Every change is in the audit trail; &lt;code&gt;grant-evaluator verify&lt;/code&gt; checks the file.
Keep the printed report of each meeting: its footer holds the audit head.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;За председника комисије&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Датотека ▸ Нови радни простор из датотеке позива…&lt;/b&gt; прави једну датотеку радног простора за позив.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Предлози ▸ Увези предлоге пројеката…&lt;/b&gt; учитава датотеку с предлозима пројеката (CSV или XLSX); сваки проблем
се наводи и ништа се не увози док датотека не буде исправна. Документе сваког предлога пројекта додајте
уз његове податке или ту превуците фасциклу с подфасциклама названим по референтним бројевима.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Оцењивачи&lt;/b&gt;: унесите оцењиваче, евидентирајте сукобе интереса, а затим изаберите
&lt;i&gt;Додели аутоматски&lt;/i&gt; (или кликните ћелију матрице). &lt;i&gt;Извези пакете…&lt;/i&gt;
уписује по један потписани пакет за сваког оцењивача.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Датотека ▸ Увези оцене…&lt;/b&gt; обједињује потписане датотеке са оценама оцењивача. Одлучује ваш радни
простор: оцена која је код вас евидентирана као поднета мења се тек када је поново отворите.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Усаглашавање&lt;/b&gt;: за сваки предлог пројекта с неусаглашеним оценама утврдите консензусне оцене или искључите
оцену (уз образложење), а затим закључите усаглашавање белешком.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Рангирање&lt;/b&gt;: коначне оцене, ранг, граница буџета и резервна листа; унесите додељене
износе, извезите CSV, XLSX или извештај у PDF формату.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Свака измена бележи се у ревизијском трагу; &lt;code&gt;grant-evaluator verify&lt;/code&gt; проверава датотеку.
Чувајте одштампани извештај са сваког састанка: у његовом подножју налази се ознака последњег записа ревизијског трага.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>
&lt;h2&gt;For evaluators&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;File ▸ Open evaluation package…&lt;/b&gt; (also on the welcome page): choose the package the
chair sent you, then where to keep your evaluation workspace.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Scoring&lt;/b&gt;: pick a proposal, declare that you have no conflict of interest (or that
you have one: the proposal is then released), and score each criterion with the
keyboard. Scores the call marks need a written justification.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Submit&lt;/b&gt; a review when every criterion is scored; it is then locked.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;File ▸ Send back scores…&lt;/b&gt; writes your signed returns file: send it to the chair by
e-mail or USB stick. You can send again later; each file has a new revision.&lt;/li&gt;
&lt;/ol&gt;
</source>
        <translation>
&lt;h2&gt;За оцењиваче&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Датотека ▸ Отвори пакет за оцењивање…&lt;/b&gt; (и на почетној страници): изаберите пакет који вам је
послао председник комисије, а затим место на коме ћете чувати свој радни простор за оцењивање.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Оцењивање&lt;/b&gt;: изаберите предлог пројекта, изјавите да немате сукоб интереса (или да га
имате: предлог пројекта се тада ослобађа) и оцените сваки критеријум помоћу
тастатуре. Оцене које су у позиву тако означене захтевају писано образложење.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Поднесите&lt;/b&gt; оцену када оцените све критеријуме; она се тада закључава.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Датотека ▸ Пошаљи оцене…&lt;/b&gt; уписује вашу потписану датотеку са оценама: пошаљите је председнику комисије
е-поштом или на USB меморији. Касније можете поново да пошаљете оцене; свака датотека има нову верзију.&lt;/li&gt;
&lt;/ol&gt;
</translation>
    </message>
    <message>
        <source>
&lt;h2&gt;For programme staff&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Contracts&lt;/b&gt;: one PDF draft per funded proposal, in rank order. Check each draft,
then export them all into a folder or print one; the drafts are entered in the audit
trail.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ranking ▸ Report PDF…&lt;/b&gt;: the ranking and an evaluation summary per proposal.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ranking ▸ Export CSV / XLSX&lt;/b&gt;: the ranking as a spreadsheet.&lt;/li&gt;
&lt;/ul&gt;
</source>
        <translation>
&lt;h2&gt;За програмско особље&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Уговори&lt;/b&gt;: по један нацрт уговора у PDF формату за сваки финансирани предлог пројекта, по редоследу на ранг-листи. Проверите сваки нацрт,
а затим их све извезите у фасциклу или одштампајте појединачно; нацрти се уносе у ревизијски
траг.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Рангирање ▸ Извештај PDF…&lt;/b&gt;: ранг-листа и сажетак оцењивања за сваки предлог пројекта.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Рангирање ▸ Извези CSV / XLSX&lt;/b&gt;: ранг-листа у облику табеле.&lt;/li&gt;
&lt;/ul&gt;
</translation>
    </message>
    <message>
        <source>Guide for the &amp;chair</source>
        <translation>Водич за &amp;председника комисије</translation>
    </message>
    <message>
        <source>Guide for the chair</source>
        <translation>Водич за председника комисије</translation>
    </message>
    <message>
        <source>Guide for &amp;evaluators</source>
        <translation>Водич за о&amp;цењиваче</translation>
    </message>
    <message>
        <source>Guide for evaluators</source>
        <translation>Водич за оцењиваче</translation>
    </message>
    <message>
        <source>Guide for programme &amp;staff</source>
        <translation>Водич за програмско о&amp;собље</translation>
    </message>
    <message>
        <source>Guide for programme staff</source>
        <translation>Водич за програмско особље</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Grant Evaluator {value}&lt;/h2&gt;&lt;p&gt;Offline evaluation of grant proposals. MIT licence.&lt;/p&gt;&lt;h3&gt;What ships with it&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt {qVersion} and Qt for Python (PySide6) {value2}: LGPL-3.0 (The Qt Company).&lt;/li&gt;&lt;li&gt;DejaVu fonts (in reports and contracts): the Bitstream Vera licence and the DejaVu changes in the public domain; full text in &lt;code&gt;{fonts}&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;SQLAlchemy, SQLModel, Alembic, pydantic, openpyxl, platformdirs: MIT; reportlab, defusedxml, cryptography: BSD; num2words: LGPL-2.1.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Python {python_version} on {system}.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Grant Evaluator {value}&lt;/h2&gt;&lt;p&gt;Оцењивање предлога пројеката за доделу бесповратних средстава, ван мреже. Лиценца MIT.&lt;/p&gt;&lt;h3&gt;Шта је укључено&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt {qVersion} и Qt for Python (PySide6) {value2}: LGPL-3.0 (The Qt Company).&lt;/li&gt;&lt;li&gt;Фонтови DejaVu (у извештајима и уговорима): лиценца Битстреам Вера, а измене DejaVu су у јавном домену; цео текст налази се у &lt;code&gt;{fonts}&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;SQLAlchemy, SQLModel, Alembic, пyдантиц, openpyxl, platformdirs: MIT; reportlab, defusedxml, cryptography: BSD; num2words: LGPL-2.1.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Пyтхон {python_version} на систему {system}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>По&amp;моћ</translation>
    </message>
    <message>
        <source>&amp;About Grant Evaluator</source>
        <translation>&amp;О програму Grant Evaluator</translation>
    </message>
    <message>
        <source>About Grant Evaluator</source>
        <translation>О програму Grant Evaluator</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Језик</translation>
    </message>
</context>
<context>
    <name>letters_action</name>
    <message>
        <source>No outcome letters</source>
        <translation>Нема обавештења о исходу</translation>
    </message>
    <message>
        <source>No proposal&apos;s outcome is final yet, so there is no letter to write</source>
        <translation>Исход ниједног предлога пројекта још није коначан, па нема обавештења које би се саставило</translation>
    </message>
    <message>
        <source>Folder for the outcome letters</source>
        <translation>Фасцикла за обавештења о исходу</translation>
    </message>
    <message>
        <source>Not decided yet, so without a letter: {waiting}</source>
        <translation>Још није одлучено, па нема обавештења: {waiting}</translation>
    </message>
    <message>
        <source>Outcome letters written</source>
        <translation>Обавештења о исходу су састављена</translation>
    </message>
    <message>
        <source>Wrote {count} and {name} into {folder}.</source>
        <translation>Уписано у {folder}: {count} и {name}.</translation>
    </message>
    <message>
        <source>Writing outcome letters…</source>
        <translation>Састављање обавештења о исходу…</translation>
    </message>
    <message>
        <source>Outcome letters not written</source>
        <translation>Обавештења о исходу нису састављена</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Call</source>
        <translation>Позив</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Предлози</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Оцењивачи</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Оцењивање</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Усаглашавање</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Рангирање</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Уговори</translation>
    </message>
    <message>
        <source>Language not changed</source>
        <translation>Језик није промењен</translation>
    </message>
    <message>
        <source>Wait until the work under way is done, then try again.</source>
        <translation>Сачекајте да се посао који је у току заврши, а затим покушајте поново.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Отвори радни простор</translation>
    </message>
    <message>
        <source>Demo not created</source>
        <translation>Демонстрациони радни простор није направљен</translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <translation>Радни простор није отворен</translation>
    </message>
    <message>
        <source>{name} (read-only: damaged) — </source>
        <translation>{name} (само за читање: оштећен) — </translation>
    </message>
    <message>
        <source>Open evaluation package</source>
        <translation>Отвори пакет за оцењивање</translation>
    </message>
    <message>
        <source>Package not opened</source>
        <translation>Пакет није отворен</translation>
    </message>
    <message>
        <source>Save your evaluation workspace as</source>
        <translation>Сачувај свој радни простор за оцењивање као</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Отварање: {name}…</translation>
    </message>
    <message>
        <source>Proposals not imported</source>
        <translation>Предлози пројеката нису увезени</translation>
    </message>
    <message>
        <source>Import proposals</source>
        <translation>Увоз предлога пројеката</translation>
    </message>
    <message>
        <source>Proposals (*.csv *.xlsx *.ods);;CSV (*.csv);;Excel workbooks (*.xlsx);;OpenDocument spreadsheets (*.ods)</source>
        <translation>Предлози пројеката (*.csv *.xlsx *.ods);;CSV (*.csv);;Excel радне свеске (*.xlsx);;OpenDocument табеле (*.ods)</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>датотеке</translation>
    </message>
    <message>
        <source>{name} — {title} — Grant Evaluator</source>
        <translation>{name} — {title} — Grant Evaluator</translation>
    </message>
    <message>
        <source>Choose the call file</source>
        <translation>Изаберите датотеку позива</translation>
    </message>
    <message>
        <source>Call files (*.toml);;All files (*)</source>
        <translation>Датотеке позива (*.toml);;Све датотеке (*)</translation>
    </message>
    <message>
        <source>Not a valid call file</source>
        <translation>Датотека позива није исправна</translation>
    </message>
    <message>
        <source>Save the new workspace as</source>
        <translation>Сачувај нови радни простор као</translation>
    </message>
    <message>
        <source>Workspace not created</source>
        <translation>Радни простор није направљен</translation>
    </message>
    <message>
        <source>{target} already exists; a new workspace never overwrites a file.</source>
        <translation>{target} већ постоји; нови радни простор никада не замењује постојећу датотеку.</translation>
    </message>
    <message>
        <source>Send back scores</source>
        <translation>Слање оцена</translation>
    </message>
    <message>
        <source>Scores not written</source>
        <translation>Оцене нису уписане</translation>
    </message>
    <message>
        <source>Scores ready to send</source>
        <translation>Оцене су спремне за слање</translation>
    </message>
    <message>
        <source>{name} holds revision {revision}: {reviews}, {submitted} submitted, {scores}.

Send this file to the chair (e-mail or USB stick). It is signed: any change to it will be detected.</source>
        <translation>{name} садржи верзију {revision}: {reviews}, поднето: {submitted}, {scores}.

Пошаљите ову датотеку председнику комисије (е-поштом или на USB меморији). Датотека је потписана: свака њена измена биће откривена.</translation>
    </message>
    <message>
        <source>Grant Evaluator workspaces (*{suffix});;All files (*)</source>
        <translation>Радни простори програма Grant Evaluator (*{suffix});;Све датотеке (*)</translation>
    </message>
    <message>
        <source>Workspaces and packages (*{suffix} *{package});;Grant Evaluator workspaces (*{suffix});;Evaluation packages (*{package});;All files (*)</source>
        <translation>Радни простори и пакети (*{suffix} *{package});;Радни простори програма Grant Evaluator (*{suffix});;Пакети за оцењивање (*{package});;Све датотеке (*)</translation>
    </message>
    <message>
        <source>Evaluation packages (*.gep);;All files (*)</source>
        <translation>Пакети за оцењивање (*.gep);;Све датотеке (*)</translation>
    </message>
    <message>
        <source>Returns files (*.ger);;All files (*)</source>
        <translation>Датотеке са оценама (*.ger);;Све датотеке (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Датотека</translation>
    </message>
    <message>
        <source>&amp;New workspace from call file…</source>
        <translation>&amp;Нови радни простор из датотеке позива…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Отвори…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Отвори не&amp;давни</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Повежи се са &amp;сервером…</translation>
    </message>
    <message>
        <source>&amp;Import proposals…</source>
        <translation>&amp;Увези предлоге пројеката…</translation>
    </message>
    <message>
        <source>Open evaluation &amp;package…</source>
        <translation>Отвори &amp;пакет за оцењивање…</translation>
    </message>
    <message>
        <source>Import &amp;returns…</source>
        <translation>Увези о&amp;цене…</translation>
    </message>
    <message>
        <source>&amp;Send back scores…</source>
        <translation>Поша&amp;љи оцене…</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>&amp;Затвори радни простор</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Изађи</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Приказ</translation>
    </message>
</context>
<context>
    <name>msgbox</name>
    <message>
        <source>Copy all</source>
        <translation>Копирај све</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Proposals already imported</source>
        <translation>Предлози пројеката су већ увезени</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Замени</translation>
    </message>
    <message>
        <source>Proposals not imported</source>
        <translation>Предлози пројеката нису увезени</translation>
    </message>
    <message>
        <source>Importing proposals from {name}…</source>
        <translation>Увоз предлога пројеката из датотеке {name}…</translation>
    </message>
    <message>
        <source>1 proposal of {source} is already in the workspace ({listed}).

Replace it with the file&apos;s version?</source>
        <translation>Један предлог пројекта из датотеке {source} већ постоји у радном простору ({listed}).

Заменити га верзијом из датотеке?</translation>
    </message>
    <message>
        <source>{count} proposals of {source} are already in the workspace ({listed}).

Replace them with the file&apos;s version?</source>
        <translation>Предлози пројеката из датотеке {source} већ постоје у радном простору ({count}: {listed}).

Заменити их верзијама из датотеке?</translation>
    </message>
</context>
<context>
    <name>organisation_dialog</name>
    <message>
        <source>Address:</source>
        <translation>Адреса:</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>Матични број:</translation>
    </message>
    <message>
        <source>Representative:</source>
        <translation>Законски заступник:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-пошта:</translation>
    </message>
    <message>
        <source>Organisation details</source>
        <translation>Подаци о организацији</translation>
    </message>
    <message>
        <source>&lt;b&gt;{escape}&lt;/b&gt; ({escape2}): what the contract drafts print. An empty field prints “[to be completed]”.</source>
        <translation>&lt;b&gt;{escape}&lt;/b&gt; ({escape2}): подаци који се штампају у нацртима уговора. Уместо празног поља штампа се „[попунити]“.</translation>
    </message>
    <message>
        <source>Details not changed</source>
        <translation>Подаци нису измењени</translation>
    </message>
</context>
<context>
    <name>pdf_reader</name>
    <message>
        <source>it is protected by a password</source>
        <translation>заштићен је лозинком</translation>
    </message>
    <message>
        <source>it is encrypted in a way that cannot be read</source>
        <translation>шифрован је на начин који не може да се прочита</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Претходна страница</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Страница </translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следећа страница</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Умањи</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увећај</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Прилагоди ширини</translation>
    </message>
    <message>
        <source>Fit the page to the width of the pane</source>
        <translation>Прилагоди страницу ширини окна</translation>
    </message>
    <message>
        <source>Find (Enter, F3)</source>
        <translation>Пронађи (Ентер, F3)</translation>
    </message>
    <message>
        <source>it is damaged or not a PDF</source>
        <translation>оштећен је или није PDF</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> од {count}</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>није пронађено</translation>
    </message>
    <message>
        <source>{count} of {count2}</source>
        <translation>{count} од {count2}</translation>
    </message>
</context>
<context>
    <name>private_copy</name>
    <message>
        <source>Document not opened</source>
        <translation>Документ није отворен</translation>
    </message>
</context>
<context>
    <name>proposal_model</name>
    <message>
        <source>Not checked</source>
        <translation>Није проверено</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Прихватљив</translation>
    </message>
    <message>
        <source>Not eligible: </source>
        <translation>Није прихватљив: </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Реф. број</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Lead applicant</source>
        <translation>Водећи подносилац</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Тражено</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Месеци</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Прихватљивост</translation>
    </message>
    <message>
        <source>Priority area</source>
        <translation>Приоритетна област</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Земље</translation>
    </message>
    <message>
        <source>Meets every eligibility rule of the call.</source>
        <translation>Испуњава све услове прихватљивости из позива.</translation>
    </message>
</context>
<context>
    <name>proposals_page</name>
    <message>
        <source>Priority area</source>
        <translation>Приоритетна област</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Теме</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Тражени износ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Трајање</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сажетак</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организација</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Земља</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Улога</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Када</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ко</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Шта</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Шта се догодило</translation>
    </message>
    <message>
        <source>Double-click an organisation to complete or correct its details</source>
        <translation>Двокликните организацију да бисте допунили или исправили њене податке</translation>
    </message>
    <message>
        <source>Organisation details…</source>
        <translation>Подаци о организацији…</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Конзорцијум</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Историја</translation>
    </message>
    <message>
        <source> Reason: {reason}</source>
        <translation> Разлог: {reason}</translation>
    </message>
    <message>
        <source>{told}

As recorded: {record}</source>
        <translation>{told}

Запис: {record}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a proposal to see its consortium.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Изаберите предлог пројекта да бисте видели његов конзорцијум.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{escape}&lt;/b&gt; — {escape2}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{escape}&lt;/b&gt; — {escape2}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{duration_months} months</source>
        <translation>{duration_months} мес.</translation>
    </message>
    <message>
        <source>Eligible: meets every eligibility rule of the call.</source>
        <translation>Прихватљив: испуњава све услове прихватљивости из позива.</translation>
    </message>
    <message>
        <source>&lt;li&gt;{escape}&lt;/li&gt;</source>
        <translation>&lt;li&gt;{escape}&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not eligible&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{reasons}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Није прихватљив&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{reasons}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Search reference, title, organisation, country, topic…</source>
        <translation>Претрага по реф. броју, називу, организацији, земљи, теми…</translation>
    </message>
    <message>
        <source>Import proposals…</source>
        <translation>Увези предлоге пројеката…</translation>
    </message>
    <message>
        <source>No proposals yet: import a CSV or XLSX file.</source>
        <translation>Још нема предлога пројеката: увезите CSV или XLSX датотеку.</translation>
    </message>
    <message>
        <source>{total} proposals · {eligible} eligible</source>
        <translation>Предлози пројеката: {total} · прихватљиви: {eligible}</translation>
    </message>
    <message>
        <source>{shown} of {total} proposals shown</source>
        <translation>Приказани предлози пројеката: {shown} од {total}</translation>
    </message>
</context>
<context>
    <name>ranking_page</name>
    <message>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Реф. број</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Коначна</translation>
    </message>
    <message>
        <source>Requested ({currency})</source>
        <translation>Тражено ({currency})</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Тражено</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Додељено</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Ознаке</translation>
    </message>
    <message>
        <source>below it, the reserve list</source>
        <translation>испод ње је резервна листа</translation>
    </message>
    <message>
        <source>ranked proposals that did not fit are on the reserve list</source>
        <translation>рангирани предлози пројеката који нису стали у буџет налазе се на резервној листи</translation>
    </message>
    <message>
        <source>Budget line — {committed} of {budget} {currency} committed; {below}</source>
        <translation>Граница буџета — опредељено {committed} од {budget} {currency}; {below}</translation>
    </message>
    <message>
        <source>{committed} of {budget} {currency} committed ({count:.1f}%)</source>
        <translation>Опредељено {committed} од {budget} {currency} ({count:.1f}%)</translation>
    </message>
    <message>
        <source>The amount awarded to {reference}, between {low} and the requested {requested} {currency}.</source>
        <translation>Износ додељен предлогу пројекта {reference}, од {low} до тражених {requested} {currency}.</translation>
    </message>
    <message>
        <source>Double-click to change the awarded amount</source>
        <translation>Двокликните да бисте променили додељени износ</translation>
    </message>
    <message>
        <source>Double-click to see the reviews, exclusions and consensus behind this score</source>
        <translation>Двокликните да бисте видели оцене, искључења и консензус на којима се заснива ова оцена</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Извези CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Извези XLSX…</translation>
    </message>
    <message>
        <source>Report PDF…</source>
        <translation>Извештај PDF…</translation>
    </message>
    <message>
        <source>Outcome letters…</source>
        <translation>Обавештења о исходу…</translation>
    </message>
    <message>
        <source>One PDF letter per decided proposal, with letters.csv for mail merge</source>
        <translation>По једно PDF обавештење за сваки предлог пројекта о коме је одлучено, уз letters.csv за обједињавање поште</translation>
    </message>
    <message>
        <source>Filter by reference, title or status…</source>
        <translation>Филтрирај по реф. броју, називу или статусу…</translation>
    </message>
    <message>
        <source>No proposals to rank yet: import them on the Proposals page.</source>
        <translation>Још нема предлога пројеката за рангирање: увезите их на страници Предлози.</translation>
    </message>
    <message>
        <source>{counts} funded · {counts2} on the reserve list · {counts3} to reconcile · {counts4} incomplete · {counts5} below threshold · {counts6} ineligible</source>
        <translation>финансирано: {counts} · на резервној листи: {counts2} · за усаглашавање: {counts3} · непотпуно: {counts4} · испод прага: {counts5} · неприхватљиво: {counts6}</translation>
    </message>
    <message>
        <source>Amount not awarded</source>
        <translation>Износ није додељен</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel радна свеска (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{id} ranking{suffix}</source>
        <translation>{id} ранг-листа{suffix}</translation>
    </message>
    <message>
        <source>Export the ranking</source>
        <translation>Извоз ранг-листе</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Није извезено</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Извезено</translation>
    </message>
    <message>
        <source>Wrote {out}.</source>
        <translation>Уписано: {out}.</translation>
    </message>
</context>
<context>
    <name>recent_menu</name>
    <message>
        <source>{split} (server)</source>
        <translation>{split} (сервер)</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Нема недавних радних простора</translation>
    </message>
    <message>
        <source>Clear menu</source>
        <translation>Испразни мени</translation>
    </message>
</context>
<context>
    <name>reconciliation_page</name>
    <message>
        <source>Reference</source>
        <translation>Реф. број</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Распон</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Ознаке</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Закључено</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Предлози пројеката</translation>
    </message>
    <message>
        <source>Evaluator bias (advisory)</source>
        <translation>Пристрасност оцењивача (информативно)</translation>
    </message>
    <message>
        <source>Feedback for the applicant</source>
        <translation>Повратна информација за подносиоца</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Разлог (обавезно)</translation>
    </message>
    <message>
        <source>Set consensus</source>
        <translation>Утврди консензус</translation>
    </message>
    <message>
        <source>Consensus score (replaces the aggregate of one criterion)</source>
        <translation>Консензусна оцена (замењује обједињену оцену једног критеријума)</translation>
    </message>
    <message>
        <source>Reason (required to exclude)</source>
        <translation>Разлог (обавезан за искључење)</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Искључи</translation>
    </message>
    <message>
        <source>Exclude a review (or count it again)</source>
        <translation>Искључи оцену (или је поново урачунај)</translation>
    </message>
    <message>
        <source>Note for the record (required)</source>
        <translation>Белешка за записник (обавезно)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Закључи</translation>
    </message>
    <message>
        <source>Resolve (the proposal can then pass and be ranked)</source>
        <translation>Закључи (предлог пројекта тада може да прође и буде рангиран)</translation>
    </message>
    <message>
        <source>Consensus would give:</source>
        <translation>Ефекат консензуса:</translation>
    </message>
    <message>
        <source>Exclusion would give:</source>
        <translation>Ефекат искључења:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a proposal.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Изаберите предлог пројекта.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;No proposal to reconcile yet: eligible proposals appear here with their reviews.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Још нема предлога пројеката за усаглашавање: прихватљиви предлози пројеката појављују се овде са својим оценама.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>resolved: {note}</source>
        <translation>закључено: {note}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{reference}&lt;/b&gt; — {title}&lt;/span&gt;&lt;br&gt;Final score &lt;b&gt;{final}&lt;/b&gt; · spread {spread} · {state}</source>
        <translation>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{reference}&lt;/b&gt; — {title}&lt;/span&gt;&lt;br&gt;Коначна оцена &lt;b&gt;{final}&lt;/b&gt; · распон {spread} · {state}</translation>
    </message>
    <message>
        <source> (excluded)</source>
        <translation> (оцена искључена)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критеријум</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Консензус</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Коначна</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Укупно</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>Поново урачунај</translation>
    </message>
    <message>
        <source>Already resolved</source>
        <translation>Већ закључено</translation>
    </message>
    <message>
        <source>type a score to see its effect</source>
        <translation>упишите оцену да бисте видели њен ефекат</translation>
    </message>
    <message>
        <source>“{text}” is not a score on this criterion&apos;s scale</source>
        <translation>„{text}“ није оцена на скали овог критеријума</translation>
    </message>
    <message>
        <source>Consensus not saved</source>
        <translation>Консензус није сачуван</translation>
    </message>
    <message>
        <source>Review not excluded</source>
        <translation>Оцена није искључена</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Није закључено</translation>
    </message>
    <message>
        <source>final score stays {shown}</source>
        <translation>коначна оцена остаје {shown}</translation>
    </message>
    <message>
        <source>final score {shown} → {shown2}</source>
        <translation>коначна оцена {shown} → {shown2}</translation>
    </message>
</context>
<context>
    <name>reversals_bar</name>
    <message>
        <source>It will change:</source>
        <translation>Промениће се:</translation>
    </message>
    <message>
        <source>Add an evaluator to {reference}</source>
        <translation>Додавање оцењивача за предлог пројекта {reference}</translation>
    </message>
    <message>
        <source>Free of conflicts of interest, the least loaded first:</source>
        <translation>Оцењивачи без сукоба интереса, почев од најмање оптерећених:</translation>
    </message>
    <message>
        <source>Evaluator:</source>
        <translation>Оцењивач:</translation>
    </message>
    <message>
        <source>Reverse a decision (with a reason) or add an evaluator</source>
        <translation>Поништи одлуку (уз образложење) или додај оцењивача</translation>
    </message>
    <message>
        <source>Un-resolve…</source>
        <translation>Поништи закључење…</translation>
    </message>
    <message>
        <source>Clear consensus…</source>
        <translation>Поништи консензус…</translation>
    </message>
    <message>
        <source>Reopen review…</source>
        <translation>Поново отвори оцену…</translation>
    </message>
    <message>
        <source>Unassign…</source>
        <translation>Поништи доделу…</translation>
    </message>
    <message>
        <source>Add third evaluator…</source>
        <translation>Додај трећег оцењивача…</translation>
    </message>
    <message>
        <source>Take the proposal back from this evaluator</source>
        <translation>Одузми предлог пројекта овом оцењивачу</translation>
    </message>
    <message>
        <source>Only a review without scores can be unassigned; reopen or exclude it instead</source>
        <translation>Додела се може поништити само за оцену без бодова; уместо тога, поново је отворите или искључите</translation>
    </message>
    <message>
        <source>Un-resolve {reference}: {resolve_note}</source>
        <translation>Поништавање закључења за {reference}: {resolve_note}</translation>
    </message>
    <message>
        <source>Un-resolve</source>
        <translation>Поништи закључење</translation>
    </message>
    <message>
        <source>Clear the consensus score of {reference} {criterion}.</source>
        <translation>Поништавање консензусне оцене за {reference}, критеријум {criterion}.</translation>
    </message>
    <message>
        <source>Clear consensus</source>
        <translation>Поништи консензус</translation>
    </message>
    <message>
        <source>Count the review of {reference} by {review} again.</source>
        <translation>Поновно урачунавање оцене предлога пројекта {reference} (оцењивач: {review}).</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>Поново урачунај</translation>
    </message>
    <message>
        <source>Reopen the review of {reference} by {review}: it stops counting until it is submitted again.</source>
        <translation>Поновно отварање оцене предлога пројекта {reference} (оцењивач: {review}): оцена се не урачунава док не буде поново поднета.</translation>
    </message>
    <message>
        <source>Reopen review</source>
        <translation>Поново отвори оцену</translation>
    </message>
    <message>
        <source>Take {reference} back from {review}, who has not started it.</source>
        <translation>Одузимање предлога пројекта {reference} (оцењивач: {review}); оцењивање још није започето.</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Поништи доделу</translation>
    </message>
    <message>
        <source>Add an evaluator</source>
        <translation>Додај оцењивача</translation>
    </message>
    <message>
        <source>Every evaluator already reviews {reference} or has a conflict of interest.</source>
        <translation>Сваки оцењивач већ оцењује предлог пројекта {reference} или има сукоб интереса.</translation>
    </message>
    <message>
        <source>{name} ({reviews} reviews)</source>
        <translation>{name} (оцена: {reviews})</translation>
    </message>
    <message>
        <source>Evaluator not assigned</source>
        <translation>Оцењивач није додељен</translation>
    </message>
</context>
<context>
    <name>scoring_page</name>
    <message>
        <source>Send back scores…</source>
        <translation>Пошаљи оцене…</translation>
    </message>
    <message>
        <source>Write the signed returns file to send to the chair</source>
        <translation>Упиши потписану датотеку са оценама за слање председнику комисије</translation>
    </message>
    <message>
        <source>Score as:</source>
        <translation>Оцењивање у име:</translation>
    </message>
    <message>
        <source>&lt;b&gt;My proposals&lt;/b&gt;</source>
        <translation>&lt;b&gt;Моји предлози пројеката&lt;/b&gt;</translation>
    </message>
    <message>
        <source>I have &amp;no conflict of interest</source>
        <translation>&amp;Немам сукоб интереса</translation>
    </message>
    <message>
        <source>I have a &amp;conflict of interest…</source>
        <translation>Имам &amp;сукоб интереса…</translation>
    </message>
    <message>
        <source>Submit review</source>
        <translation>Поднеси оцену</translation>
    </message>
    <message>
        <source>No evaluators yet: register them on the Evaluators page and assign proposals.</source>
        <translation>Још нема оцењивача: унесите их на страници Оцењивачи и доделите им предлоге пројеката.</translation>
    </message>
    <message>
        <source>Select a proposal to score it.</source>
        <translation>Изаберите предлог пројекта да бисте га оценили.</translation>
    </message>
    <message>
        <source>No proposals are assigned to you in this package.</source>
        <translation>У овом пакету вам није додељен ниједан предлог пројекта.</translation>
    </message>
    <message>
        <source>No proposals are assigned to {escape} yet.</source>
        <translation>Оцењивачу {escape} још није додељен ниједан предлог пројекта.</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#2D3748&quot;&gt;&lt;i&gt;{text}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#2D3748&quot;&gt;&lt;i&gt;{text}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Before scoring, declare whether you have a conflict of interest with {reference}: a personal, professional or financial tie to any member of the consortium.</source>
        <translation>Пре оцењивања изјавите да ли имате сукоб интереса у вези с предлогом пројекта {reference}: личну, професионалну или финансијску везу с било којим чланом конзорцијума.</translation>
    </message>
    <message>
        <source>Submitted and locked; the chair can reopen it.</source>
        <translation>Оцена је поднета и закључана; председник комисије може поново да је отвори.</translation>
    </message>
    <message>
        <source>Reopened by the chair: {reopen_reason}</source>
        <translation>Председник комисије је поново отворио оцену: {reopen_reason}</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Чува се док куцате.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total {points}&lt;/b&gt; of {points2} · {count} of {count2} criteria scored</source>
        <translation>&lt;b&gt;Укупно {points}&lt;/b&gt; од {points2} · оцењено критеријума: {count} од {count2}</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Поднеси</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Сукоб интереса</translation>
    </message>
    <message>
        <source>Describe your conflict of interest with {reference}. The proposal will be taken off your list and the chair will see your declaration.</source>
        <translation>Опишите свој сукоб интереса у вези с предлогом пројекта {reference}. Предлог пројекта биће уклоњен с ваше листе, а председник комисије видеће вашу изјаву.</translation>
    </message>
    <message>
        <source>Declaration not saved</source>
        <translation>Изјава није сачувана</translation>
    </message>
    <message>
        <source>Review not submitted</source>
        <translation>Оцена није поднета</translation>
    </message>
</context>
<context>
    <name>scoring_rows</name>
    <message>
        <source>&lt;li&gt;&lt;b&gt;{escape}&lt;/b&gt;{value}&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;{escape2} · {escape3}&lt;/span&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;{escape}&lt;/b&gt;{value}&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;{escape2} · {escape3}&lt;/span&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source> (lead)</source>
        <translation> (водећи подносилац)</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{escape}&lt;/b&gt; — {escape2}&lt;/p&gt;&lt;p&gt;&lt;b&gt;{requested_amount} {escape3}&lt;/b&gt; · {duration_months} months · {escape4}: {escape5}&lt;/p&gt;&lt;p&gt;{escape6}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Consortium&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{members}&lt;/ul&gt;</source>
        <translation>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{escape}&lt;/b&gt; — {escape2}&lt;/p&gt;&lt;p&gt;&lt;b&gt;{requested_amount} {escape3}&lt;/b&gt; · {duration_months} мес. · {escape4}: {escape5}&lt;/p&gt;&lt;p&gt;{escape6}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Конзорцијум&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{members}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Реф. број</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Оцењено</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Comment (required for scores {required})</source>
        <translation>Коментар (обавезан за оцене {required})</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Enter: next criterion · Shift+Enter: new line</source>
        <translation>Ентер: следећи критеријум · Схифт+Ентер: нови ред</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code}&lt;/b&gt; {text}&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;{guidance}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; {text}&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;{guidance}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>A score of {points} needs a written justification before you submit.</source>
        <translation>За оцену {points} потребно је писано образложење пре подношења.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; &lt;span style=&apos;color:#666&apos;&gt;· {maximum} points&lt;/span&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; &lt;span style=&apos;color:#666&apos;&gt;· највише бодова: {maximum}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Submit your review of {reference}: total {points} of {points2}?

Once submitted it is locked; only the chair can reopen it.</source>
        <translation>Поднети оцену предлога пројекта {reference}: укупно {points} од {points2}?

Поднета оцена је закључана; само председник комисије може поново да је отвори.</translation>
    </message>
</context>
<context>
    <name>server_connect</name>
    <message>
        <source>Connect to server</source>
        <translation>Повезивање са сервером</translation>
    </message>
    <message>
        <source>db.example.org or db.example.org:5432</source>
        <translation>db.example.org или db.example.org:5432</translation>
    </message>
    <message>
        <source>your database role, e.g. ana_s</source>
        <translation>ваша улога у бази података, нпр. ana_s</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База података:</translation>
    </message>
    <message>
        <source>&amp;Sign in as:</source>
        <translation>&amp;Пријави се као:</translation>
    </message>
    <message>
        <source>The password comes from ~/.pgpass or PGPASSWORD; if there is none, you are asked for it. Grant Evaluator never stores a password.</source>
        <translation>Лозинка се преузима из ~/.pgpass или PGPASSWORD; ако је нема, биће затражена од вас. Grant Evaluator никада не чува лозинку.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Повежи се</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Лозинка</translation>
    </message>
    <message>
        <source>{message}

Password for {shown}:</source>
        <translation>{message}

Лозинка за {shown}:</translation>
    </message>
</context>
<context>
    <name>server_watch</name>
    <message>
        <source>Updated at {strftime}: the workspace was changed on the server.</source>
        <translation>Ажурирано у {strftime}: радни простор је измењен на серверу.</translation>
    </message>
</context>
<context>
    <name>welcome_page</name>
    <message>
        <source>&lt;h1&gt;Grant Evaluator&lt;/h1&gt;&lt;p&gt;Score proposals against the call&apos;s grid, reconcile the evaluators&apos; scores, rank, and draw the budget line — offline, one workspace file per call.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Grant Evaluator&lt;/h1&gt;&lt;p&gt;Оцењујте предлоге пројеката према табели из позива, усагласите оцене оцењивача, рангирајте их и повуците границу буџета — ван мреже, с једном датотеком радног простора по позиву.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New workspace from call file…</source>
        <translation>Нови радни простор из датотеке позива…</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Отвори радни простор…</translation>
    </message>
    <message>
        <source>Open evaluation package…</source>
        <translation>Отвори пакет за оцењивање…</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Отвори демонстрациони радни простор</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent workspaces&lt;/b&gt;</source>
        <translation>&lt;b&gt;Недавни радни простори&lt;/b&gt;</translation>
    </message>
</context>
</TS>
