"""Sample proposals of the SMART Balkans demo workspace, as rows of a proposals file."""

from __future__ import annotations

from typing import Literal, NamedTuple

_Role = Literal["lead", "partner"]


class _Organisation(NamedTuple):
    name: str
    country: str
    org_type: str = "CSO"
    address: str = ""
    registration_number: str = ""
    representative: str = ""
    email: str = ""


class _Proposal(NamedTuple):
    reference: str
    title: str
    summary: str
    priority_area: str
    topics: tuple[str, ...]
    requested_amount: str
    duration_months: str
    members: tuple[tuple[_Role, _Organisation], ...]


# These three lead one proposal and are partners in another: the same organisation, written
# identically, as a committee sees it across a real call.
_MOST = _Organisation(
    "Udruženje građana “Most”",
    "Bosnia and Herzegovina",
    "CSO",
    "Braće Fejića 3, 88000 Mostar",
    "RU-1187/03",
    "Emina Kurtović",
    "most@udruzenje-most.example",
)
_LEVIZJA_RINORE = _Organisation(
    "Lëvizja Rinore Prizren",
    "Kosovo",
    "CSO",
    "Rr. Remzi Ademaj 8, 20000 Prizren",
    "5112347-4",
    "Ardita Çitaku",
    "info@levizjarinore.example",
)
_MEDIA_LITERACY_CENTRE = _Organisation(
    "Центар за медијско описмењавање",
    "Serbia",
    "CSO",
    "Кнеза Михаила 30, 11000 Београд",
    "28114455",
    "Јована Милошевић",
    "kontakt@medijsko-opismenjavanje.example",
)

_PROPOSALS: tuple[_Proposal, ...] = (
    # The nine winning organisations of the seed, each leading an eligible consortium.
    _Proposal(
        "RG-001",
        "Citizens at the Table – Regional Monitoring of EU Accession Reforms",
        "Think tanks and watchdogs from Albania, Kosovo, North Macedonia and Montenegro monitor "
        "how governments consult citizens on accession reforms, publish a joint regional "
        "scorecard and train 60 local CSOs to take part in public consultations.",
        "Governance",
        (
            "Euro-Atlantic integration",
            "Civil society participation in decision making",
            "Public administration reforms",
        ),
        "58000.00",
        "18",
        (
            (
                "lead",
                _Organisation(
                    "Cooperation and development institute",
                    "Albania",
                    "CSO",
                    "Rr. Sami Frashëri 20/3, 1001 Tiranë",
                    "L41712023N",
                    "Arjola Hoxha",
                    "office@cdi-albania.example",
                ),
            ),
            ("partner", _LEVIZJA_RINORE),
            ("partner", _Organisation("Здружение Граѓанска иницијатива", "North Macedonia")),
            ("partner", _Organisation("Udruženje “Građanski nadzor” Podgorica", "Montenegro")),
        ),
    ),
    _Proposal(
        "RG-002",
        "“Safe Everywhere” – Regional Helpline Network Against Gender-Based Violence",
        "Helplines and women’s organisations from Montenegro, Albania, Serbia and Bosnia and "
        "Herzegovina agree shared referral protocols for victims of gender-based violence and "
        "human trafficking who cross borders, with peer training by a Slovenian counterpart.",
        "Security and Stability",
        ("Human security and gender equality", "Human trafficking"),
        "45,500.00",
        "18",
        (
            (
                "lead",
                _Organisation(
                    "Sos Helpline Nikšić",
                    "Montenegro",
                    "CSO",
                    "Njegoševa 22, 81400 Nikšić",
                    "NVO-0987",
                    "Jelena Đurović",
                    "sos.niksic@helpline.example",
                ),
            ),
            ("partner", _Organisation("Shoqata “Gratë në Zhvillim” Shkodër", "Albania")),
            ("partner", _Organisation("Ženski centar “Ružica” Kraljevo", "Serbia")),
            (
                "partner",
                _Organisation("Fondacija “Žene za ravnopravnost” Mostar", "Bosnia and Herzegovina"),
            ),
            ("partner", _Organisation("Društvo Varna pot Maribor", "Slovenia")),
        ),
    ),
    _Proposal(
        "RG-003",
        "Check Before You Share – Regional Fact-Checking Desk for Local Media",
        "Journalism schools and media CSOs from Serbia, Bosnia and Herzegovina, North Macedonia "
        "and Kosovo run a shared fact-checking desk for local newsrooms, trace cross-border "
        "disinformation campaigns and publish monthly debunks in four languages.",
        "Governance",
        (
            "Fight against fake news",
            "Disinformation as a security threat",
            "Freedom of expression",
        ),
        "60000",
        "18",
        (
            (
                "lead",
                _Organisation(
                    "Novi Sad School of journalism",
                    "Serbia",
                    "CSO",
                    "Bulevar oslobođenja 81, 21000 Novi Sad",
                    "08765432",
                    "Svetlana Jovanović",
                    "office@nsjournalism.example",
                ),
            ),
            (
                "partner",
                _Organisation(
                    "Centar za medijsku pismenost “Kvadrat” Tuzla", "Bosnia and Herzegovina"
                ),
            ),
            (
                "partner",
                _Organisation("Центар за истражувачко новинарство Струмица", "North Macedonia"),
            ),
            ("partner", _Organisation("Forumi i Medias së Lirë Pejë", "Kosovo")),
        ),
    ),
    _Proposal(
        "RG-004",
        "No One Left Behind – Disability-Inclusive Emergency Preparedness",
        "Disability rights organisations from Albania, Kosovo, Montenegro and North Macedonia "
        "review civil protection plans in 12 municipalities, propose accessible evacuation and "
        "early-warning measures and train emergency services with persons with disabilities.",
        "Security and Stability",
        (
            "Preparedness for emergency situations",
            "Human security and gender equality",
            "The influence of the climate change on the security and stability in the region",
        ),
        "52,300.00",
        "16",
        (
            (
                "lead",
                _Organisation(
                    "Albanian Disability Right Foundation",
                    "Albania",
                    "CSO",
                    "Rr. Bajram Curri 24, 1019 Tiranë",
                    "L01827005D",
                    "Blerina Çela",
                    "info@adrf.example",
                ),
            ),
            (
                "partner",
                _Organisation("Shoqata e Personave me Aftësi të Kufizuara “Hapi” Gjilan", "Kosovo"),
            ),
            (
                "partner",
                _Organisation("Udruženje osoba s invaliditetom “Iskorak” Pljevlja", "Montenegro"),
            ),
            (
                "partner",
                _Organisation(
                    "Здружение за поддршка на лица со попреченост „Чекор“ Охрид", "North Macedonia"
                ),
            ),
        ),
    ),
    _Proposal(
        "RG-005",
        "Reform Radar – Regional Monitoring of Public Administration Reform",
        "Policy centres from Serbia, Albania, Bosnia and Herzegovina, Montenegro and North "
        "Macedonia apply one methodology to monitor public administration reform, compare the "
        "results across the region and present joint recommendations to governments.",
        "Governance",
        (
            "Public administration reforms",
            "Euro-Atlantic integration",
            "Civil society participation in decision making",
        ),
        "59,750.00",
        "18",
        (
            (
                "lead",
                _Organisation(
                    "European Policy Centre",
                    "Serbia",
                    "CSO",
                    "Kneza Miloša 14, 11000 Beograd",
                    "17854329",
                    "Nikola Stanković",
                    "office@epc-serbia.example",
                ),
            ),
            ("partner", _Organisation("Instituti për Demokraci dhe Qeverisje të Mirë", "Albania")),
            (
                "partner",
                _Organisation(
                    "Centar za javne politike “Agora” Banja Luka", "Bosnia and Herzegovina"
                ),
            ),
            ("partner", _Organisation("Forum za odgovornu vlast Bar", "Montenegro")),
            ("partner", _Organisation("Центар за добро владеење Битола", "North Macedonia")),
        ),
    ),
    _Proposal(
        "RG-006",
        "Resilient Communities – Preventing Radicalization through Intercultural Dialogue",
        "Research and youth organisations from North Macedonia, Kosovo, Albania and Serbia map "
        "the drivers of violent extremism among young people, train youth workers, teachers and "
        "religious leaders in early prevention and organise intercultural dialogue camps.",
        "Security and Stability",
        ("Combating radicalization", "Intercultural dialogue", "The fight against terrorism"),
        "48000",
        "15",
        (
            (
                "lead",
                _Organisation(
                    "Institute for strategic Research and Education",
                    "North Macedonia",
                    "CSO",
                    "ul. Orce Nikolov 75, 1000 Skopje",
                    "6712345",
                    "Aleksandar Trajkoski",
                    "contact@isre.example",
                ),
            ),
            ("partner", _Organisation("Qendra për Siguri Njerëzore Mitrovicë", "Kosovo")),
            ("partner", _Organisation("Qendra për Zhvillim Rajonal", "Albania")),
            ("partner", _Organisation("Центар за међурелигијски дијалог Нови Пазар", "Serbia")),
        ),
    ),
    _Proposal(
        "RG-007",
        "Growing Up Together – Youth Exchanges for Reconciliation in the Western Balkans",
        "Youth organisations from Serbia, Bosnia and Herzegovina, Kosovo and Montenegro bring "
        "240 secondary-school students together for workshops, study visits and a regional youth "
        "forum on the past and peaceful coexistence, mentored by a Croatian peace centre.",
        "Security and Stability",
        ("Social cohesion, reconciliation and peace", "Intercultural dialogue"),
        "41,200.00",
        "12",
        (
            (
                "lead",
                _Organisation(
                    "Children & youth",
                    "Serbia",
                    "CSO",
                    "Vojvode Mišića 12, 18000 Niš",
                    "28034567",
                    "Marija Petrović",
                    "info@childrenandyouth.example",
                ),
            ),
            ("partner", _MOST),
            ("partner", _Organisation("Shoqata “Zëri i të Rinjve” Gjakovë", "Kosovo")),
            ("partner", _Organisation("Omladinski klub “Đurđevak” Berane", "Montenegro")),
            ("partner", _Organisation("Udruga “Mostovi mira” Vukovar", "Croatia")),
        ),
    ),
    _Proposal(
        "RG-008",
        "Digital Citizens of the Balkans – Digital Literacy and Online Safety in Schools",
        "Education and media literacy organisations from Bosnia and Herzegovina, Serbia, "
        "Montenegro and North Macedonia develop an open curriculum on digital literacy, online "
        "safety and data privacy, pilot it in 30 schools and train 150 teachers.",
        "Governance",
        ("Promoting digital literacy", "Cyber security", "Data privacy"),
        "55,000.00",
        "18",
        (
            (
                "lead",
                _Organisation(
                    "International association “Interactive open schools” – MIOS",
                    "Bosnia and Herzegovina",
                    "CSO",
                    "Zmaja od Bosne 7, 71000 Sarajevo",
                    "RU-2145/99",
                    "Amra Hadžić",
                    "mios@interactive-schools.example",
                ),
            ),
            ("partner", _MEDIA_LITERACY_CENTRE),
            ("partner", _Organisation("NVO “Digitalna škola” Cetinje", "Montenegro")),
            ("partner", _Organisation("Образовен центар „Дигитус“ Куманово", "North Macedonia")),
        ),
    ),
    _Proposal(
        "RG-009",
        "Following the Cash – Regional Evidence on the Hidden Economy and Money Laundering",
        "Economic research institutes and anti-corruption CSOs from North Macedonia, Albania, "
        "Kosovo and Serbia estimate the cash-based hidden economy, assess anti-money-laundering "
        "supervision and propose joint policy measures, with an Austrian university partner.",
        "Governance",
        (
            "Hidden economy",
            "Prevention of money laundering",
            "Corruption, including high level corruption",
        ),
        "57400",
        "17",
        (
            (
                "lead",
                _Organisation(
                    "FINANCE THINK – Economic Research and Policy Institute",
                    "North Macedonia",
                    "CSO",
                    "ul. Makedonija 11a/5, 1000 Skopje",
                    "7045678",
                    "Elena Nikolovska",
                    "info@financethink.example",
                ),
            ),
            (
                "partner",
                _Organisation("Qendra për Studime Ekonomike “Ekonomia e Hapur” Elbasan", "Albania"),
            ),
            ("partner", _Organisation("Iniciativa Qytetare për Transparencë Pejë", "Kosovo")),
            ("partner", _Organisation("Udruženje za transparentne finansije Kragujevac", "Serbia")),
            (
                "partner",
                _Organisation("Wirtschaftsuniversität Südost Wien", "Austria", "University"),
            ),
        ),
    ),
    # Further eligible consortia.
    _Proposal(
        "RG-010",
        "Bridges, Not Borders – Local Peacebuilding Councils in Divided Communities",
        "Citizens’ associations from Bosnia and Herzegovina, Serbia and Kosovo set up local "
        "peacebuilding councils in six divided towns, where young people, veterans and local "
        "officials agree small joint actions for reconciliation.",
        "Security and Stability",
        (
            "Social cohesion, reconciliation and peace",
            "Intercultural dialogue",
            "Civil society participation in decision making",
        ),
        "44,750.00",
        "14",
        (
            ("lead", _MOST),
            ("partner", _Organisation("Centar za lokalnu demokratiju Leskovac", "Serbia")),
            ("partner", _Organisation("Qendra për Dialog Ndëretnik Pejë", "Kosovo")),
        ),
    ),
    _Proposal(
        "RG-011",
        "Young Voices for Open Councils – Youth Participation in Local Decision Making",
        "Youth movements from Kosovo, Albania, North Macedonia and Serbia train 120 young "
        "people to follow municipal council sessions, submit initiatives and run public "
        "hearings on local budgets in their towns.",
        "Governance",
        ("Civil society participation in decision making", "Freedom of expression"),
        "30,000.00",
        "12",
        (
            ("lead", _LEVIZJA_RINORE),
            ("partner", _Organisation("Qendra Rinore “Çelësi” Korçë", "Albania")),
            ("partner", _Organisation("Младински форум Куманово", "North Macedonia")),
            ("partner", _Organisation("Omladinska inicijativa “Iskra” Novi Pazar", "Serbia")),
        ),
    ),
    _Proposal(
        "RG-012",
        "„Провери извор“ – Media Literacy Clubs Against Disinformation",
        "Media literacy centres from Serbia, North Macedonia and Montenegro open 24 after-school "
        "clubs where pupils learn to verify sources, recognise manipulated images and report "
        "disinformation, and meet their peers across the border online.",
        "Governance",
        ("Promoting digital literacy", "Fight against fake news"),
        "38,900.00",
        "12",
        (
            ("lead", _MEDIA_LITERACY_CENTRE),
            ("partner", _Organisation("Forumi Rinor për Media Gostivar", "North Macedonia")),
            ("partner", _Organisation("Klub mladih novinara Bijelo Polje", "Montenegro")),
        ),
    ),
    _Proposal(
        # Eligible through the waiver: a regional network may apply alone (here with a faculty).
        "RG-013",
        "Community Safety Watch – Citizen Oversight of Local Security Councils",
        "A regional network of community safety initiatives monitors how local security "
        "councils in the six beneficiary countries work, publishes a comparative index and "
        "proposes common standards for citizen oversight of police and security bodies.",
        "Security and Stability",
        (
            "Overseeing security institutions/monitoring the implementation of security and "
            "stability policies",
            "The fight against organized crime",
        ),
        "49,000.00",
        "18",
        (
            (
                "lead",
                _Organisation(
                    "Mreža za sigurne zajednice Zapadnog Balkana",
                    "Montenegro",
                    "Regional network",
                    "Bulevar Svetog Petra Cetinjskog 45, 81000 Podgorica",
                    "NVO-4512",
                    "Milica Šćepanović",
                    "sekretarijat@sigurne-zajednice.example",
                ),
            ),
            (
                "partner",
                _Organisation(
                    "Fakultet za bezbjednost i kriminalistiku Danilovgrad",
                    "Montenegro",
                    "University",
                ),
            ),
        ),
    ),
    _Proposal(
        "RG-014",
        "Cyber Shield for Civil Society – Regional Cyber Security Helpdesk for CSOs",
        "Digital security groups from Albania, Serbia and Bosnia and Herzegovina run a helpdesk "
        "that answers cyber incidents reported by CSOs and independent media, audits their "
        "systems and trains staff, with a municipality piloting the same checks.",
        "Security and Stability",
        ("Cybercrime as a destabilizer of security", "Cyber security", "Data privacy"),
        "56000",
        "18",
        (
            (
                "lead",
                _Organisation(
                    "Shoqata “Siguria Digjitale”",
                    "Albania",
                    "CSO",
                    "Rr. Myslym Shyri 41, 1001 Tiranë",
                    "L92315047K",
                    "Erion Dervishaj",
                    "ndihme@siguriadigjitale.example",
                ),
            ),
            ("partner", _Organisation("Udruženje “Bezbedan internet” Novi Sad", "Serbia")),
            (
                "partner",
                _Organisation(
                    "Centar za civilno društvo i digitalna prava Sarajevo", "Bosnia and Herzegovina"
                ),
            ),
            ("partner", _Organisation("Bashkia Durrës", "Albania", "Public authority")),
        ),
    ),
    _Proposal(
        "RG-015",
        "Silent Guns – Local Action Against Illicit Small Arms",
        "Community safety CSOs from Serbia, Bosnia and Herzegovina, Albania and Montenegro map "
        "illicit small arms in border municipalities, run voluntary surrender campaigns with "
        "the police and brief parliaments on gaps in arms control.",
        "Security and Stability",
        ("Arms trafficking", "The fight against organized crime"),
        "47,250.00",
        "16",
        (
            (
                "lead",
                _Organisation(
                    "Centar za lokalnu bezbednost Niš",
                    "Serbia",
                    "CSO",
                    "Obrenovićeva 38, 18000 Niš",
                    "28211938",
                    "Dejan Živković",
                    "kancelarija@lokalnabezbednost.example",
                ),
            ),
            ("partner", _Organisation("Udruženje “Mirna Krajina” Bihać", "Bosnia and Herzegovina")),
            ("partner", _Organisation("Qendra “Paqe dhe Siguri” Vlorë", "Albania")),
            ("partner", _Organisation("Klub za bezbjednost zajednice Rožaje", "Montenegro")),
        ),
    ),
    _Proposal(
        "RG-016",
        "Women Mediators for Peace – Gender-Responsive Security in Border Communities",
        "Women’s organisations from North Macedonia, Kosovo, Albania and Bosnia and "
        "Herzegovina train 45 women as community mediators and bring their proposals on local "
        "security to municipal safety councils, starting with the host municipality.",
        "Security and Stability",
        ("Human security and gender equality", "Social cohesion, reconciliation and peace"),
        "33,600.00",
        "12",
        (
            (
                "lead",
                _Organisation(
                    "Здружение „Жени за мир“ Штип",
                    "North Macedonia",
                    "CSO",
                    "ул. Ванчо Прке 14, 2000 Штип",
                    "6934521",
                    "Билјана Ристовска",
                    "zenizamir@stip-ngo.example",
                ),
            ),
            ("partner", _Organisation("Rrjeti i Grave të Mitrovicës", "Kosovo")),
            ("partner", _Organisation("Forumi i Grave Elbasan", "Albania")),
            ("partner", _Organisation("Udruženje žena “Luna” Bijeljina", "Bosnia and Herzegovina")),
            ("partner", _Organisation("Општина Штип", "North Macedonia", "Public authority")),
        ),
    ),
    _Proposal(
        "RG-017",
        "Open Procurement, Clean Municipalities – Citizen Monitoring of Public Procurement",
        "Anti-corruption CSOs from Kosovo, Serbia, Bosnia and Herzegovina and Montenegro "
        "monitor 200 municipal tenders with one open-data method, flag red-flag contracts and "
        "publish a regional procurement integrity map with a Balkan open-data network.",
        "Governance",
        (
            "Corruption, including high level corruption",
            "Digitalization",
            "Public administration reforms",
        ),
        "54,800.00",
        "18",
        (
            (
                "lead",
                _Organisation(
                    "Instituti për Ekonomi dhe Qeverisje Ferizaj",
                    "Kosovo",
                    "CSO",
                    "Rr. Dëshmorët e Kombit 17, 70000 Ferizaj",
                    "5114582-2",
                    "Blerta Rexhëpi",
                    "info@ieq-ferizaj.example",
                ),
            ),
            ("partner", _Organisation("Udruženje “Transparentna opština” Zrenjanin", "Serbia")),
            (
                "partner",
                _Organisation(
                    "Centar za antikorupcijske inicijative Zenica", "Bosnia and Herzegovina"
                ),
            ),
            ("partner", _Organisation("NVO “Otvorena uprava” Herceg Novi", "Montenegro")),
            (
                "partner",
                _Organisation("Balkanska mreža za otvorene podatke", "Serbia", "Regional network"),
            ),
        ),
    ),
    _Proposal(
        "RG-018",
        "Energy Poverty Is a Security Issue – Community Energy Resilience",
        "Environmental and community CSOs from North Macedonia, Bosnia and Herzegovina and "
        "Albania assess how energy poverty and extreme weather threaten vulnerable households "
        "and prepare local energy resilience plans with a technical faculty.",
        "Security and Stability",
        (
            "Energy security",
            "The influence of the climate change on the security and stability in the region",
            "Preparedness for emergency situations",
        ),
        "42000",
        "15",
        (
            (
                "lead",
                _Organisation(
                    "Shoqata “Ardhmëria” Tetovë",
                    "North Macedonia",
                    "CSO",
                    "Rr. Ilindeni 102, 1200 Tetovë",
                    "7123984",
                    "Mirlinda Selimi",
                    "ardhmeria@tetove-ngo.example",
                ),
            ),
            (
                "partner",
                _Organisation("Udruženje “Eko-energija” Prijedor", "Bosnia and Herzegovina"),
            ),
            ("partner", _Organisation("Qendra për Energji të Qëndrueshme Korçë", "Albania")),
            ("partner", _Organisation("Tehnički fakultet Bar", "Montenegro", "University")),
        ),
    ),
    _Proposal(
        "RG-019",
        "Digital Rights Without Borders – Protecting Freedom of Expression Online",
        "Human rights CSOs from Serbia, Albania and North Macedonia document online attacks on "
        "journalists and activists, give them legal aid and propose safeguards for data "
        "privacy in new digital laws, advised by a Slovenian digital rights institute.",
        "Governance",
        ("Freedom of expression", "Data privacy", "Digitalization"),
        "36,500.00",
        "13",
        (
            (
                "lead",
                _Organisation(
                    "Udruženje za ljudska prava Subotica",
                    "Serbia",
                    "CSO",
                    "Korzo 9, 24000 Subotica",
                    "28340715",
                    "Ivana Kovač",
                    "pravna.pomoc@ljudskaprava-su.example",
                ),
            ),
            ("partner", _Organisation("Shoqata “Zëri i Lirë” Tiranë", "Albania")),
            ("partner", _Organisation("Фондација за дигитални права Скопје", "North Macedonia")),
            ("partner", _Organisation("Inštitut za digitalne pravice Ljubljana", "Slovenia")),
        ),
    ),
    _Proposal(
        "RG-020",
        "Migrant Routes, Safe Routes – Preventing Trafficking along the Balkan Route",
        "CSOs working with migrants in Bosnia and Herzegovina, Serbia, North Macedonia and "
        "Albania identify victims of trafficking among people on the move, refer them to "
        "protection services and train municipal staff in the city of Tuzla and beyond.",
        "Security and Stability",
        ("Human trafficking", "Human security and gender equality"),
        "50,000.00",
        "18",
        (
            (
                "lead",
                _Organisation(
                    "Centar za razvoj lokalne zajednice Tuzla",
                    "Bosnia and Herzegovina",
                    "CSO",
                    "Maršala Tita 9a, 75000 Tuzla",
                    "RU-3312/08",
                    "Mirza Begić",
                    "crlz@tuzla-ngo.example",
                ),
            ),
            ("partner", _Organisation("Udruženje “Sigurna ruta” Šid", "Serbia")),
            ("partner", _Organisation("Здружение „Отворена граница“ Гевгелија", "North Macedonia")),
            ("partner", _Organisation("Qendra për Migracion dhe Zhvillim Gjirokastër", "Albania")),
            ("partner", _Organisation("Grad Tuzla", "Bosnia and Herzegovina", "Public authority")),
        ),
    ),
    _Proposal(
        "RG-021",
        "Balkan Citizens’ Forum on EU Integration – Regional Dialogue with Negotiators",
        "Pro-European CSOs from Montenegro, Kosovo, Bosnia and Herzegovina and Albania hold "
        "citizens’ forums where accession negotiators answer questions from the public, and "
        "share the lessons of Austria’s accession with an Austrian partner.",
        "Governance",
        ("Euro-Atlantic integration", "Civil society participation in decision making"),
        "46,300.00",
        "16",
        (
            (
                "lead",
                _Organisation(
                    "NVO “Kotorski dijalog”",
                    "Montenegro",
                    "CSO",
                    "Stari grad 318, 85330 Kotor",
                    "NVO-2231",
                    "Vesna Đukanović",
                    "dijalog@kotor-ngo.example",
                ),
            ),
            ("partner", _Organisation("Forumi Evropian i të Rinjve Prishtinë", "Kosovo")),
            (
                "partner",
                _Organisation(
                    "Udruženje “Evropska budućnost” Banja Luka", "Bosnia and Herzegovina"
                ),
            ),
            ("partner", _Organisation("Fondacioni “Ura e Përbashkët”", "Albania")),
            ("partner", _Organisation("Verein für Demokratie und Dialog Graz", "Austria")),
        ),
    ),
    # Ineligible proposals: each fails for one clear reason, and every reason code appears.
    _Proposal(
        # NO_LEAD: every member applied as a partner, so nobody would sign the contract.
        "RG-022",
        "Watchdogs Together – Citizen Oversight of Police Integrity",
        "Human rights CSOs from Serbia, Kosovo and Bosnia and Herzegovina monitor police "
        "integrity plans, handle citizens’ complaints and report to parliamentary committees.",
        "Security and Stability",
        (
            "Overseeing security institutions/monitoring the implementation of security and "
            "stability policies",
        ),
        "42,500.00",
        "18",
        (
            ("partner", _Organisation("Centar za nadzor policije Novi Sad", "Serbia")),
            (
                "partner",
                _Organisation("Iniciativa për Llogaridhënie të Policisë Prishtinë", "Kosovo"),
            ),
            (
                "partner",
                _Organisation("Udruženje “Javni interes” Sarajevo", "Bosnia and Herzegovina"),
            ),
        ),
    ),
    _Proposal(
        # MULTIPLE_LEADS: two members both claim the lead role.
        "RG-023",
        "Newsrooms Against Hate Speech – Regional Standards for Online Comments",
        "Journalists’ associations from Albania, Bosnia and Herzegovina and North Macedonia "
        "draft common moderation standards for online comments and train 40 editors.",
        "Governance",
        ("Freedom of expression", "Fight against fake news"),
        "51,000.00",
        "16",
        (
            (
                "lead",
                _Organisation(
                    "Instituti Shqiptar për Gazetari të Përgjegjshme",
                    "Albania",
                    "CSO",
                    "Rr. Dëshmorët e 4 Shkurtit 7, 1001 Tiranë",
                    "L82214033F",
                    "Elira Mëhilli",
                    "info@gazetari-pergjegjshme.example",
                ),
            ),
            (
                "lead",
                _Organisation(
                    "Asocijacija nezavisnih novinara Mostar",
                    "Bosnia and Herzegovina",
                    "CSO",
                    "Kralja Tvrtka 5, 88000 Mostar",
                    "RU-0941/11",
                    "Haris Šarić",
                    "ann@novinari-mostar.example",
                ),
            ),
            ("partner", _Organisation("Медиумски центар „Вистина“ Велес", "North Macedonia")),
        ),
    ),
    _Proposal(
        # MIN_MEMBERS: two CSOs only (the faculty does not count), hence also MIN_COUNTRIES.
        "RG-024",
        "Safe Online Childhood – Preventing Online Child Exploitation",
        "Child protection CSOs from Serbia and Montenegro, with a faculty from Kosovo, train "
        "parents and teachers to recognise online grooming and exploitation of children.",
        "Security and Stability",
        ("Cybercrime as a destabilizer of security", "Human trafficking"),
        "39,000.00",
        "14",
        (
            (
                "lead",
                _Organisation(
                    "Udruženje “Bezbedno dete” Čačak",
                    "Serbia",
                    "CSO",
                    "Gospodar Jovanova 11, 32000 Čačak",
                    "28417702",
                    "Snežana Ćirić",
                    "bezbednodete@cacak-ngo.example",
                ),
            ),
            ("partner", _Organisation("Udruženje roditelja “Zajedno” Nikšić", "Montenegro")),
            (
                "partner",
                _Organisation("Fakulteti i Shkencave Sociale Gjilan", "Kosovo", "University"),
            ),
        ),
    ),
    _Proposal(
        # MIN_COUNTRIES: three CSOs but from two beneficiary countries; the Croatian partner
        # does not count.
        "RG-025",
        "Municipal Budgets in Plain Language – Participatory Budgeting on the Drina and Danube",
        "Local CSOs from Serbia and Bosnia and Herzegovina, with a Croatian partner, explain "
        "municipal budgets in plain language and pilot participatory budgeting in four towns.",
        "Governance",
        ("Civil society participation in decision making", "Public administration reforms"),
        "35,000.00",
        "12",
        (
            (
                "lead",
                _Organisation(
                    "Udruženje “Dunavski glas” Smederevo",
                    "Serbia",
                    "CSO",
                    "Karađorđeva 21, 11300 Smederevo",
                    "28509316",
                    "Goran Đorđević",
                    "dunavskiglas@smederevo-ngo.example",
                ),
            ),
            ("partner", _Organisation("Građanska inicijativa Loznica", "Serbia")),
            ("partner", _Organisation("Udruženje “Drina” Zvornik", "Bosnia and Herzegovina")),
            ("partner", _Organisation("Udruga “Dunav” Vukovar", "Croatia")),
        ),
    ),
    _Proposal(
        # COUNTRY_NOT_ELIGIBLE: the lead is established in Croatia, an EU member state.
        "RG-026",
        "Adriatic Youth Dialogue – Cross-Border Youth Exchanges for Reconciliation",
        "A Croatian youth association leads partners from Bosnia and Herzegovina, Montenegro "
        "and Serbia in summer exchanges on reconciliation along the Adriatic coast.",
        "Security and Stability",
        ("Intercultural dialogue", "Social cohesion, reconciliation and peace"),
        "40,000.00",
        "12",
        (
            (
                "lead",
                _Organisation(
                    "Udruga za regionalnu suradnju “Jadran” Split",
                    "Croatia",
                    "CSO",
                    "Poljička cesta 35, 21000 Split",
                    "RNO 0045678",
                    "Tomislav Barišić",
                    "jadran@udruga-jadran.example",
                ),
            ),
            ("partner", _Organisation("Omladinski centar “Luč” Zenica", "Bosnia and Herzegovina")),
            ("partner", _Organisation("Shoqata Rinore “Ulqini”", "Montenegro")),
            ("partner", _Organisation("Udruženje “Mladi Sandžaka” Novi Pazar", "Serbia")),
        ),
    ),
    _Proposal(
        # PRIORITY_AREA: "Environment" is not a priority area of this call.
        "RG-027",
        "Clean Rivers of the Balkans – Citizen Monitoring of River Pollution",
        "Environmental CSOs from Bosnia and Herzegovina, Albania, Serbia and Kosovo train "
        "volunteers to sample river water and report illegal dumping to inspectorates.",
        "Environment",
        ("The influence of the climate change on the security and stability in the region",),
        "44,000.00",
        "18",
        (
            (
                "lead",
                _Organisation(
                    "Eko-pokret “Zelena Drina” Višegrad",
                    "Bosnia and Herzegovina",
                    "CSO",
                    "Užičkog korpusa 4, 73240 Višegrad",
                    "RU-2780/06",
                    "Dragan Mićić",
                    "zelenadrina@eko-pokret.example",
                ),
            ),
            ("partner", _Organisation("Shoqata Mjedisore “Lumi i Pastër” Tepelenë", "Albania")),
            ("partner", _Organisation("Ekološko društvo “Lim” Prijepolje", "Serbia")),
            ("partner", _Organisation("Lëvizja Ekologjike Dragash", "Kosovo")),
        ),
    ),
    _Proposal(
        # AMOUNT_RANGE: 75,000.00 is above the maximum grant of 60,000.
        "RG-028",
        "Follow the Money, Stop the Guns – Regional Observatory on Organized Crime",
        "Security research CSOs from Albania, Montenegro, Kosovo and Serbia set up an observatory "
        "that links data on organized crime, arms trafficking and money laundering.",
        "Security and Stability",
        (
            "The fight against organized crime",
            "Arms trafficking",
            "Prevention of money laundering",
        ),
        "75,000.00",
        "18",
        (
            (
                "lead",
                _Organisation(
                    "Qendra për Studime të Sigurisë Shkodër",
                    "Albania",
                    "CSO",
                    "Rr. Kolë Idromeno 12, 4001 Shkodër",
                    "L71509021C",
                    "Gjergj Marku",
                    "info@studime-sigurie.example",
                ),
            ),
            (
                "partner",
                _Organisation("Institut za bezbjednosne studije Herceg Novi", "Montenegro"),
            ),
            ("partner", _Organisation("Forumi për Siguri Prizren", "Kosovo")),
            ("partner", _Organisation("Центар за безбедносне анализе Ниш", "Serbia")),
        ),
    ),
    _Proposal(
        # AMOUNT_RANGE: 25000 is below the minimum grant of 30,000.
        "RG-029",
        "Stories We Share – Oral History for Intercultural Dialogue",
        "Cultural CSOs from Kosovo, Serbia and North Macedonia record oral histories of mixed "
        "neighbourhoods and present them in travelling exhibitions.",
        "Security and Stability",
        ("Intercultural dialogue",),
        "25000",
        "12",
        (
            (
                "lead",
                _Organisation(
                    "Qendra Kulturore “Dialogu” Prizren",
                    "Kosovo",
                    "CSO",
                    "Rr. Shadërvani 3, 20000 Prizren",
                    "5113906-8",
                    "Ilir Berisha",
                    "dialogu@qendrakulturore.example",
                ),
            ),
            ("partner", _Organisation("Kulturni centar “Mozaik” Novi Pazar", "Serbia")),
            ("partner", _Organisation("Центар за култура на дијалог Струга", "North Macedonia")),
        ),
    ),
    _Proposal(
        # DURATION_RANGE: 24 months is longer than the maximum of 18.
        "RG-030",
        "e-Municipality for All – Digitalization of Local Services and Open Data",
        "Open-government CSOs from Montenegro, Kosovo, Bosnia and Herzegovina and North "
        "Macedonia help eight municipalities put services online and publish open data.",
        "Governance",
        ("Digitalization", "Public administration reforms", "Data privacy"),
        "58,000.00",
        "24",
        (
            (
                "lead",
                _Organisation(
                    "Udruženje “Otvoreni podaci” Podgorica",
                    "Montenegro",
                    "CSO",
                    "Njegoševa 40, 81000 Podgorica",
                    "NVO-3094",
                    "Marko Vujošević",
                    "kontakt@otvoreni-podaci.example",
                ),
            ),
            ("partner", _Organisation("Qendra për Qeverisje Digjitale Prishtinë", "Kosovo")),
            ("partner", _Organisation("Centar za e-upravu Banja Luka", "Bosnia and Herzegovina")),
            ("partner", _Organisation("Здружение за е-демократија Скопје", "North Macedonia")),
        ),
    ),
)


def demo_rows() -> list[dict[str, str]]:
    """Every member row of every demo proposal, in file order; all values are strings."""
    return [
        {
            "reference": proposal.reference,
            "title": proposal.title,
            "summary": proposal.summary,
            "priority_area": proposal.priority_area,
            "topics": ";".join(proposal.topics),
            "requested_amount": proposal.requested_amount,
            "duration_months": proposal.duration_months,
            "organisation": organisation.name,
            "country": organisation.country,
            "org_type": organisation.org_type,
            "role": role,
            "address": organisation.address,
            "registration_number": organisation.registration_number,
            "representative": organisation.representative,
            "email": organisation.email,
        }
        for proposal in _PROPOSALS
        for role, organisation in proposal.members
    ]
