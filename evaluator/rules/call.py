"""The call for proposals: its TOML file, validated in full, and the read model the rules use."""

from __future__ import annotations

import tomllib
from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    ValidationError,
)

from evaluator.errors import CallFileError
from evaluator.i18n import N_, _
from evaluator.rules.text import fold

MAX_DECIMALS = 6


def _to_decimal(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise ValueError(_('expected a number such as "65"'))
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValueError(_('expected a number such as "65"')) from None
    if not number.is_finite():
        raise ValueError(_("expected a finite number"))
    # A bound on the decimals, as on the size: every sum and product of scores and weights
    # then stays exact within the ranking's arithmetic (see ranking.EXACT).
    exponent = number.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_DECIMALS:
        raise ValueError(
            _("expected at most {MAX_DECIMALS} decimal places").format(MAX_DECIMALS=MAX_DECIMALS)
        )
    return number


Number = Annotated[Decimal, BeforeValidator(_to_decimal)]
# Bounds that keep every computation exact and printable: scores and weights in the
# thousands, money in the hundreds of billions.
Points = Annotated[Number, Field(gt=-(10**6), lt=10**6)]
Money = Annotated[Number, Field(gt=0, lt=10**12)]
Name = Annotated[StrictStr, Field(min_length=1)]


@dataclass(frozen=True)
class Threshold:
    """A divergence threshold: points, or a percentage of the higher total."""

    value: Decimal
    percent: bool

    def __str__(self) -> str:
        return f"{self.value}%" if self.percent else str(self.value)


def _to_threshold(value: Any) -> Threshold:
    if isinstance(value, Threshold):
        return value
    text = value.strip() if isinstance(value, str) else value
    percent = isinstance(text, str) and text.endswith("%")
    number = _to_decimal(text[:-1] if percent else text)
    if number <= 0:
        raise ValueError(_("must be greater than 0"))
    return Threshold(number, percent)


ThresholdValue = Annotated[Threshold, BeforeValidator(_to_threshold)]


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)


class CallInfo(_Table):
    """The ``[call]`` table."""

    id: Name
    title: Name
    currency: Annotated[StrictStr, Field(pattern=r"^[A-Z]{3}$")]
    budget: Money
    min_grant: Money
    max_grant: Money
    min_duration_months: Annotated[StrictInt, Field(gt=0)]
    max_duration_months: Annotated[StrictInt, Field(gt=0)]
    countries: Annotated[list[Name], Field(min_length=1)]


class ContractingAuthority(_Table):
    """The party that signs for the funder."""

    name: Name
    address: Name
    representative: Name


class EligibilityRules(_Table):
    """Who may apply: consortium size and composition."""

    min_members: Annotated[StrictInt, Field(ge=1)]
    min_countries: Annotated[StrictInt, Field(ge=1)]
    member_types: Annotated[list[Name], Field(min_length=1)]
    network_types: list[Name] = []


class AssignmentRules(_Table):
    """How evaluators are assigned."""

    avoid_own_country: StrictBool = False


class PriorityArea(_Table):
    """A priority area and its (non-exhaustive) example topics."""

    name: Name
    topics: list[Name] = []


class ScoringRules(_Table):
    """How reviews are combined, judged divergent and passed."""

    reviewers_per_proposal: Annotated[StrictInt, Field(ge=1)] = 2
    aggregate: Literal["mean", "median", "closest_two"] = "mean"
    divergence_total: ThresholdValue
    divergence_criterion: Annotated[Number, Field(gt=0)]
    comments_required_for: list[Number] = []
    pass_total: Annotated[Number, Field(ge=0)]
    funding: Literal["strict", "fill"] = "strict"


class Section(_Table):
    """A section of the grid; ``pass_min`` is its own pass mark, if any."""

    name: Name
    pass_min: Annotated[Number, Field(ge=0)] | None = None


class Criterion(_Table):
    """One scored criterion of the grid."""

    code: Name
    section: Name
    text: Name
    guidance: StrictStr = ""
    scale_min: Points
    scale_max: Points
    step: Annotated[Number, Field(gt=0, lt=10**6)] = Decimal(1)
    weight: Annotated[Number, Field(gt=0, lt=10**6)]

    @property
    def max_points(self) -> Decimal:
        """The most this criterion adds to a review's total."""
        return self.scale_max * self.weight


class Payment(_Table):
    """One instalment of the grant, as a percentage of the awarded amount."""

    label: Name
    percent: Annotated[Number, Field(gt=0, le=100)]


def _to_payment(value: Any) -> Any:
    if isinstance(value, list | tuple) and len(value) == 2:
        return {"label": value[0], "percent": value[1]}
    if isinstance(value, list | tuple):
        raise ValueError(_('expected a pair ["label", "percent"]'))
    return value


class ContractTerms(_Table):
    """What the contract drafts say beyond the proposal's own data."""

    number_format: Name = "{call_id}/{seq:03d}"
    start_date: date | None = None
    payments: list[Annotated[Payment, BeforeValidator(_to_payment)]] = []
    # The language the contracts and outcome letters are written in (one of i18n.LANGUAGES);
    # without it, the language the application speaks. ``bilingual``: each contract in
    # English, then again in ``language``.
    language: Literal["en", "sq", "sr-Latn", "sr-Cyrl", "mk", "bs"] | None = None
    bilingual: StrictBool = False


class CallSpec(_Table):
    """A validated call file: the read model every rule of the evaluation uses."""

    call: CallInfo
    contracting_authority: ContractingAuthority | None = None
    eligibility: EligibilityRules
    assignment: AssignmentRules = AssignmentRules()
    priority_areas: Annotated[list[PriorityArea], Field(min_length=1)]
    scoring: ScoringRules
    sections: Annotated[list[Section], Field(min_length=1)]
    criteria: Annotated[list[Criterion], Field(min_length=1)]
    contract: ContractTerms | None = None

    def criteria_of(self, section: str) -> list[Criterion]:
        """The criteria of one section, in file order."""
        return [c for c in self.criteria if c.section == section]

    def section_max(self, section: str) -> Decimal:
        """The most a review can give a section."""
        return sum((c.max_points for c in self.criteria_of(section)), Decimal(0))

    @property
    def weights(self) -> dict[str, Decimal]:
        """Each criterion's weight, by code, in call order."""
        return {c.code: c.weight for c in self.criteria}

    @property
    def total_max(self) -> Decimal:
        """The most a review can total."""
        return sum((c.max_points for c in self.criteria), Decimal(0))

    def canonical_country(self, name: str) -> str | None:
        """The call's spelling of a beneficiary country, or None if it is not one."""
        return _lookup(self.call.countries, name)

    def canonical_area(self, name: str) -> str | None:
        """The call's spelling of a priority area, or None if it is not one."""
        return _lookup([a.name for a in self.priority_areas], name)


def _lookup(names: list[str], name: str) -> str | None:
    key = fold(name)
    return next((n for n in names if fold(n) == key), None)


def parse_call(text: str, *, source: str = N_("call file")) -> CallSpec:
    """Validate the text of a call file; every problem found is listed in the error.
    ``source`` names it: a file's name, or words marked with ``N_`` (translated here)."""
    source = _(source)
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CallFileError(
            _("{source} is not valid TOML: {exc}.").format(source=source, exc=exc)
        ) from None
    try:
        spec = CallSpec.model_validate(raw)
    except ValidationError as exc:
        problems = [_describe(error, raw) for error in exc.errors()]
        raise _invalid(source, problems) from None
    problems = _cross_check(spec)
    if problems:
        raise _invalid(source, problems)
    return spec


def _invalid(source: str, problems: list[str]) -> CallFileError:
    count = (
        _("1 problem") if len(problems) == 1 else _("{count} problems").format(count=len(problems))
    )
    summary = _("{source} is not a valid call file ({count}): {problems}").format(
        source=source, count=count, problems=problems[0]
    )
    return CallFileError(summary, [f"{source}: {p}" for p in problems])


def _describe(error: Any, raw: dict[str, Any]) -> str:
    loc = error["loc"]
    parts = list(loc)
    key = _key_name(parts, raw)
    kind = error["type"]
    if kind == "extra_forbidden":
        return _("{key}: unknown key").format(key=key)
    if kind == "missing":
        return _("{key}: required key is missing").format(key=key)
    message = str(error["msg"]).removeprefix("Value error, ")
    message = message[:1].lower() + message[1:]
    if kind == "string_pattern_mismatch" and parts[-1] == "currency":
        message = _("must be a three-letter ISO code such as EUR")
    if "input" in error and kind not in ("model_type", "list_type", "dict_type"):
        message += _(" (got {input!r})").format(input=error["input"])
    return f"{key}: {message}"


def _key_name(parts: list[Any], raw: dict[str, Any]) -> str:
    name = ""
    node: Any = raw
    for part in parts:
        if isinstance(part, int):
            name += f"[{part + 1}]"
            item = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(item, dict) and isinstance(item.get("code"), str):
                name += _(" (code {code})").format(code=item["code"])
            node = item
        else:
            name += f".{part}" if name else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return name or "file"


def _check_grid(spec: CallSpec) -> list[str]:
    """The criteria's sections, scales and steps, and the sections' pass marks."""
    problems: list[str] = []
    sections = {s.name for s in spec.sections}
    for number, criterion in enumerate(spec.criteria, start=1):
        key = _("criteria[{number}] (code {code})").format(number=number, code=criterion.code)
        if criterion.section not in sections:
            problems.append(
                _("{key}.section: no section is named {section!r}").format(
                    key=key, section=criterion.section
                )
            )
        if criterion.scale_min >= criterion.scale_max:
            problems.append(
                _("{key}: scale_min ({scale_min}) must be below scale_max ({scale_max})").format(
                    key=key, scale_min=criterion.scale_min, scale_max=criterion.scale_max
                )
            )
        elif (Fraction(criterion.scale_max) - Fraction(criterion.scale_min)) % Fraction(
            criterion.step
        ):
            problems.append(
                _(
                    "{key}.step: {step} does not divide the scale {scale_min}–{scale_max} "
                    "into whole steps"
                ).format(
                    key=key,
                    step=criterion.step,
                    scale_min=criterion.scale_min,
                    scale_max=criterion.scale_max,
                )
            )
    for number, section in enumerate(spec.sections, start=1):
        maximum = spec.section_max(section.name)
        if maximum == 0:
            problems.append(
                _("sections[{number}] ({name}): no criteria belong to it").format(
                    number=number, name=section.name
                )
            )
        elif section.pass_min is not None and section.pass_min > maximum:
            problems.append(
                _(
                    "sections[{number}] ({name}).pass_min: {pass_min} is more than the "
                    "section's maximum of {maximum}"
                ).format(
                    number=number, name=section.name, pass_min=section.pass_min, maximum=maximum
                )
            )
    return problems


def _cross_check(spec: CallSpec) -> list[str]:
    """Rules that tie keys together; each problem names the keys involved."""
    problems: list[str] = []
    call = spec.call
    if call.min_grant > call.max_grant:
        problems.append(
            _("call.min_grant ({min_grant}) is greater than call.max_grant ({max_grant})").format(
                min_grant=call.min_grant, max_grant=call.max_grant
            )
        )
    if call.budget < call.min_grant:
        problems.append(
            _("call.budget ({budget}) is below call.min_grant ({min_grant})").format(
                budget=call.budget, min_grant=call.min_grant
            )
        )
    if call.min_duration_months > call.max_duration_months:
        problems.append(
            _(
                "call.min_duration_months ({min_duration_months}) is greater than "
                "call.max_duration_months ({max_duration_months})"
            ).format(
                min_duration_months=call.min_duration_months,
                max_duration_months=call.max_duration_months,
            )
        )
    problems += _duplicates("call.countries", call.countries)
    problems += _duplicates("priority_areas.name", [a.name for a in spec.priority_areas])
    problems += _duplicates("sections.name", [s.name for s in spec.sections])
    problems += _duplicates("criteria.code", [c.code for c in spec.criteria])
    problems += _check_grid(spec)
    if spec.scoring.pass_total > spec.total_max:
        problems.append(
            _(
                "scoring.pass_total: {pass_total} is more than the grid's maximum of {total_max}"
            ).format(pass_total=spec.scoring.pass_total, total_max=spec.total_max)
        )
    low = min(c.scale_min for c in spec.criteria)
    high = max(c.scale_max for c in spec.criteria)
    for value in spec.scoring.comments_required_for:
        if not low <= value <= high:
            problems.append(
                _(
                    "scoring.comments_required_for: {value} is outside every criterion's scale"
                ).format(value=value)
            )
    if spec.contract is not None:
        problems += _check_contract(spec.contract)
    return problems


def _duplicates(key: str, names: list[str]) -> list[str]:
    counts = Counter(fold(n) for n in names)
    return [
        _("{key}: {n!r} appears more than once").format(key=key, n=n)
        for n in names
        if counts.pop(fold(n), 0) > 1
    ]


def _check_contract(contract: ContractTerms) -> list[str]:
    problems = []
    try:
        contract.number_format.format(call_id="SB", seq=1)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError) as exc:
        problems.append(
            _(
                "contract.number_format: {number_format!r} may only use {{call_id}} "
                "and {{seq}} ({exc})"
            ).format(number_format=contract.number_format, exc=exc)
        )
    if contract.payments:
        total = sum((p.percent for p in contract.payments), Decimal(0))
        if total != 100:
            problems.append(
                _("contract.payments: the percentages add up to {total}, not 100").format(
                    total=total
                )
            )
    return problems
