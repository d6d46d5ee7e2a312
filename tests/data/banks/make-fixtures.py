#!/usr/bin/env python3
"""Writes the test banks in this folder from one good bank, so each broken bank differs from it by
exactly one fault. Run from tests/data: python3 banks/make-fixtures.py. The .expected files beside
the broken banks are written by hand (checked line by line against the files) and are not touched."""
import copy
import json


def q(id, text, roles, weight, gate):
    return {"id": id, "text": text, "why": "Why it matters.", "howToKnow": "Ask for the report.",
            "levels": {"fullyMet": "All in place.", "mostlyMet": "Mostly in place.",
                       "partiallyMet": "Partly in place.", "notMet": "Not in place."},
            "statutoryBasis": "Children Act 2004, s11" if gate else "Good practice",
            "source": {"seed": "003_89fab624736e5632.txt", "note": "Test fixture."},
            "roles": roles, "weight": weight, "gate": gate}


def dump(path, obj):
    with open(path, "w") as f:
        f.write(json.dumps(obj, indent=2, ensure_ascii=False) + "\n")


LM = "lead-member"
roles = [{"id": LM, "title": "Lead Member", "description": "Sees every question."},
         {"id": "councillor", "title": "Councillor", "description": "Every member."},
         {"id": "scrutiny", "title": "Scrutiny member", "description": "Holds to account."}]

# The scoring bank: weights and gates chosen so that every rule can be worked out by hand.
scoring = {"format": "waymark-bank", "formatVersion": 1, "id": "scoring-test", "version": "1",
           "title": "Scoring test bank", "roles": roles,
           "sections": [
               {"id": "A", "title": "Section A", "summary": "Three questions, one gate.", "questions": [
                   q("A-01", "Is the gate duty in place?", [LM, "councillor"], 3, True),
                   q("A-02", "Is the light question met?", [LM], 1, False),
                   q("A-03", "Is the middle question met?", [LM, "councillor"], 2, False)]},
               {"id": "B", "title": "Section B", "summary": "Three questions, one gate.", "questions": [
                   q("B-01", "Is the second gate in place?", [LM], 2, True),
                   q("B-02", "Is the heavy question met?", [LM, "councillor"], 3, False),
                   q("B-03", "Is the light question in B met?", [LM], 1, False)]},
               {"id": "C", "title": "Section C", "summary": "Only the Lead Member and scrutiny.", "questions": [
                   q("C-01", "Does the DCS report to scrutiny?", [LM, "scrutiny"], 2, False)]}],
           "glossary": [{"term": "DCS", "aliases": ["Director of Children's Services"],
                         "definition": "The senior officer accountable for children's services."}]}
dump("scoring-bank.json", scoring)

minimal = copy.deepcopy(scoring)
minimal["id"] = "minimal"
minimal["title"] = "Minimal good bank"
minimal["sections"] = minimal["sections"][:1]
minimal["sections"][0]["questions"] = minimal["sections"][0]["questions"][:2]
minimal["sections"][0]["questions"][0]["text"] = "Has the council told its LADO about the new duty?"
minimal["sections"][0]["questions"][1]["roles"] = [LM, "scrutiny"]
minimal["glossary"].append({"term": "LADO", "aliases": ["local authority designated officer"],
                            "definition": "Handles allegations against people who work with children."})
dump("banks/good/minimal.json", minimal)

warns = copy.deepcopy(minimal)
warns["sections"][0]["questions"][1]["hint"] = "not a field"
dump("banks/good/unknown-field-warns.json", warns)


def broken(name, mutate):
    bank = copy.deepcopy(minimal)
    mutate(bank)
    dump("banks/broken/" + name, bank)


def questions(bank):
    return bank["sections"][0]["questions"]


def many(bank):
    questions(bank)[0]["weight"] = 0
    questions(bank)[1].update(id="A-01", roles=[LM, "mayor"])
    bank["glossary"][0]["definition"] = ""


broken("duplicate-question-id.json", lambda b: questions(b)[1].update(id="A-01"))
broken("unknown-role.json", lambda b: questions(b)[1].update(roles=[LM, "mayor"]))
broken("missing-text.json", lambda b: questions(b)[0].pop("text"))
broken("empty-text.json", lambda b: questions(b)[0].update(text="   "))
broken("weight-out-of-range.json", lambda b: questions(b)[1].update(weight=5))
broken("weight-as-text.json", lambda b: questions(b)[1].update(weight="3"))
broken("gate-not-bool.json", lambda b: questions(b)[0].update(gate="yes"))
broken("lead-member-missing.json", lambda b: questions(b)[1].update(roles=["councillor"]))
broken("missing-glossary-term.json", lambda b: questions(b)[1].update(why="The MASH must see every referral."))
broken("missing-levels.json", lambda b: questions(b)[1]["levels"].pop("notMet"))
broken("missing-source.json", lambda b: questions(b)[0].pop("source"))
broken("duplicate-glossary-term.json", lambda b: b["glossary"].append({"term": "lado", "definition": "Again, in lower case."}))
broken("wrong-format.json", lambda b: b.update(format="signposts-bank"))
broken("newer-format-version.json", lambda b: b.update(formatVersion=3))
broken("no-sections.json", lambda b: b.update(sections=[]))
broken("many-problems.json", many)


# Issue 7: a translations block naming a question the bank does not have, and one whose role
# title is not text.
def translation(block):
    return lambda b: b.update(translations={"cy": block})


broken("translation-unknown-question.json",
       translation({"title": "Banc prawf", "questions": {"A-99": {"text": "Cwestiwn coll?"}}}))
broken("translation-not-text.json",
       translation({"roles": {"councillor": {"title": 5}},
                    "glossary": {"no such term": {"term": "dim"}}}))

with open("banks/broken/empty.json", "w") as f:
    f.write("\n")
with open("banks/broken/not-an-object.json", "w") as f:
    f.write("[\n  \"waymark-bank\"\n]\n")
good = open("banks/good/minimal.json").read()
with open("banks/broken/not-json.json", "w") as f:
    f.write(good.replace('"weight": 3,', '"weight": 3,,', 1))
with open("banks/broken/duplicate-key.json", "w") as f:
    f.write(good.replace('"text": "Is the light question met?",',
                         '"text": "Is the light question met?",\n          "text": "Twice?",', 1))
# A NUL character and half a surrogate pair, as escapes: QJsonDocument would pass both on.
with open("banks/broken/bad-characters.json", "w") as f:
    f.write(good.replace('"text": "Is the light question met?",',
                         '"text": "Is the light\\u0000question met?",', 1)
            .replace('"definition": "Handles allegations', '"definition": "\\udc00Handles allegations',
                     1))


# Issue 13 (format 2): a bank for England and Wales. A-01 applies in both and says something else
# in Wales (and is no gate there); A-02 is England's alone; the mapping carries version 0.9.
def two_jurisdictions():
    bank = copy.deepcopy(minimal)
    bank.update(formatVersion=2, id="two-countries", title="England and Wales test bank",
                version="2")
    bank["jurisdictions"] = [{"id": "england", "title": "England"},
                             {"id": "wales", "title": "Wales"}]
    qs = questions(bank)
    qs[0].update(subject="council", jurisdictions=["england", "wales"],
                 byJurisdiction={"wales": {
                     "text": "Has the council told its Designated Officer about the new duty?",
                     "statutoryBasis": "Social Services and Well-being (Wales) Act 2014, s130",
                     "levels": {"fullyMet": "Told, in writing.", "mostlyMet": "Told.",
                                "partiallyMet": "Partly told.", "notMet": "Not told."},
                     "gate": False}})
    qs[1].update(subject="partnership", jurisdictions=["england"])
    qs.append(q("A-03", "Is the shared question met?", [LM, "councillor"], 2, False))
    bank["mapping"] = {"from": "0.9", "questions": [
        {"from": "A-01", "to": ["A-01"], "change": "reworded", "reason": "New law."},
        {"from": "A-05", "to": ["A-02", "A-03"], "change": "split", "reason": "Two questions."},
        {"from": "A-06", "to": [], "change": "retired", "reason": "No longer asked."}]}
    bank["translations"] = {"cy": {
        "jurisdictions": {"england": {"title": "Lloegr"}, "wales": {"title": "Cymru"}},
        "questions": {"A-01": {"text": "A yw'r cyngor wedi dweud wrth ei LADO?",
                               "byJurisdiction": {"wales": {
                                   "text": "A yw'r cyngor wedi dweud wrth ei Swyddog Dynodedig?"}}}}}}
    return bank


dump("banks/good/two-jurisdictions.json", two_jurisdictions())


def jurisdiction_faults(bank):
    fresh = two_jurisdictions()
    bank.clear()
    bank.update(fresh)
    qs = questions(bank)
    qs[1]["byJurisdiction"] = {"wales": {"text": "Only in England?"}}
    qs[2].update(jurisdictions=["scotland"], subject="county")
    bank["mapping"]["questions"] += [
        {"from": "A-01", "to": ["A-01"], "change": "same", "reason": "Twice."},
        {"from": "A-07", "to": ["A-99"], "change": "moved", "reason": "Nowhere."},
        {"from": "A-08", "to": ["A-01"], "change": "split", "reason": "Split into one."},
        {"from": "A-09", "to": ["A-01"], "change": "retired", "reason": "Retired but kept."},
        {"from": "A-10", "to": ["A-01"], "change": "renamed", "reason": "No such change."}]
    bank["translations"]["cy"]["questions"]["A-03"] = {
        "byJurisdiction": {"wales": {"text": "Dim byd i'w gyfieithu"}}}


broken("jurisdiction-faults.json", jurisdiction_faults)
