#!/usr/bin/env python3
"""Writes the exchange-file fixtures in this folder from one good file, so that each hostile file
differs from it by the fault its name says. Run from tests/data/exchange: python3 make-fixtures.py.
The .expected files beside the hostile files are written by hand (checked line by line against
the files) and are not touched. Files too big to commit (a 20,001-character note, a 16 MiB file,
a 100,000-deep list) are built by tst_exchange itself."""
import copy
import json

GOOD = {
    "format": "waymark-assessment",
    "formatVersion": 1,
    "generator": "Waymark 0.1.0",
    "bank": {"id": "scoring-test", "version": "1"},
    "assessment": {
        "uid": "0f8fad5b-d9cb-469f-a165-70867728950e",
        "id": 7,
        "title": "Hunanasesiad 2026",
        "authority": "Cyngor Sir Gâr",
        "respondent": "Cllr Siân Llŷr",
        "role": "councillor",
        "date": "2026-11-23",
        "created": "2026-11-20T09:30:00.000Z",
        "updated": "2026-11-23T14:05:09.123Z",
    },
    "answers": [
        {"question": "A-01", "rating": 2,
         "evidence": "The DCS's report to scrutiny, \"Hydref 2026\".\nSecond line 👍",
         "note": "Ask: how many, and since when?", "flag": False,
         "updated": "2026-11-23T14:05:09.123Z"},
        {"question": "A-03", "rating": "dont-know", "evidence": "", "note": "Gofyn i'r swyddogion",
         "flag": False, "updated": "2026-11-21T10:00:00.000Z"},
        {"question": "B-02", "rating": None, "evidence": "", "note": "", "flag": True,
         "updated": "2026-11-22T08:15:00.500Z"},
    ],
    "actions": [
        {"question": "A-01", "what": "Ask for the audit, with its dates", "who": "Lead Member",
         "due": "2027-01-31", "status": "in-progress"},
        {"question": "", "what": "Visit the MASH", "who": "", "status": "not-started"},
    ],
}


def text(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def dump(name, obj):
    with open(name, "w", encoding="utf-8") as f:
        f.write(text(obj) if not isinstance(obj, str) else obj)


def variant(change):
    obj = copy.deepcopy(GOOD)
    change(obj)
    return obj


def setter(*path_and_value):
    *path, key, value = path_and_value

    def change(obj):
        for part in path:
            obj = obj[part]
        obj[key] = value
    return change


dump("good.json", GOOD)
# A file from a newer Waymark may carry fields this one does not know; they are ignored.
dump("good-unknown-fields.json", variant(lambda o: (
    o.update({"comment": "from Waymark 0.2", "workshop": {"id": 3}}),
    o["answers"][0].update({"confidence": "high"}))))

H = "hostile/"
dump(H + "empty.json", "")
dump(H + "not-json.json", "This is not JSON.\n")
dump(H + "truncated.json", text(GOOD)[:700])
dump(H + "top-level-array.json", text([GOOD]))
dump(H + "wrong-format.json", variant(setter("format", "waymark-bank")))
dump(H + "missing-format.json", {k: v for k, v in GOOD.items() if k != "format"})
dump(H + "newer-format-version.json", variant(lambda o: (
    o.update({"formatVersion": 4}), o["assessment"].update({"role": "mayor"}))))
dump(H + "format-version-text.json", variant(setter("formatVersion", "1")))
dump(H + "wrong-bank.json", variant(setter("bank", "id", "other-bank")))
dump(H + "unknown-role.json", variant(setter("assessment", "role", "mayor")))
# A question the bank does not have is kept aside (a retired one, say), but only when it is
# written as a question id could be; questions for another role are kept aside too, so they are
# not hostile (tst_exchange: questionsTheBankOrRoleLacksAreKeptAside).
dump(H + "unknown-question.json", variant(lambda o: (
    o["answers"][1].update({"question": "Z 99?"}), o["actions"][1].update({"question": "A/1"}))))
dump(H + "duplicate-answer.json", variant(lambda o: o["answers"].append(
    {"question": "A-01", "rating": 3})))
dump(H + "bad-ratings.json", variant(lambda o: (
    o["answers"][0].update({"rating": 7}), o["answers"][1].update({"rating": "maybe"}),
    o["answers"][2].update({"rating": True}),
    o["answers"].append({"question": "A-02", "rating": "2"}),
    o["assessment"].update({"role": "lead-member"}),
    o["answers"].append({"question": "B-01", "rating": 1.5}))))
dump(H + "answers-not-a-list.json", variant(setter("answers", {"A-01": 3})))
dump(H + "flag-a-string.json", variant(lambda o: o["answers"][2].update({"flag": "yes"})))
dump(H + "wrong-types.json", variant(lambda o: (
    o["assessment"].update({"title": ["Hunanasesiad"], "id": "seven"}),
    o["answers"][0].update({"evidence": 5, "note": {"text": "x"}}),
    o["answers"].insert(1, "A-03"),
    o["actions"][0].update({"who": True, "status": "finished"}),
    o["actions"].append(42),
    o.update({"bank": {"id": "scoring-test", "version": 1}}))))
dump(H + "missing-fields.json", variant(lambda o: (
    o["assessment"].update({"uid": "", "respondent": "   "}),
    o["assessment"].pop("authority"), o["assessment"].pop("role"), o["assessment"].pop("date"),
    o["answers"][0].pop("question"), o["actions"][0].pop("what"), o["actions"][1].pop("status"))))
dump(H + "bad-uid.json", variant(setter("assessment", "uid", "6f1c2e0a-not-a-uuid")))
# Valid in their own time zone, but outside the years 1 to 9999 once in UTC: Waymark could not
# write them back (found by hand while fuzzing the reader).
dump(H + "time-out-of-range.json", variant(lambda o: (
    o["assessment"].update({"updated": "9999-12-31T23:00:00-14:00"}),
    o["answers"][0].update({"updated": "0001-01-01T01:00:00+14:00"}))))
dump(H + "bad-dates.json", variant(lambda o: (
    o["assessment"].update({"date": "23/11/2026", "created": "yesterday",
                            "updated": "2026-11-23T14:05:09"}),
    o["answers"][0].update({"updated": "2026-13-01T00:00:00Z"}),
    o["actions"][0].update({"due": "2027-02-30"}),
    o["actions"][1].update({"due": 20270131}))))
dump(H + "long-value.json", variant(setter("assessment", "role",
                                           "a-role-name-that-goes-on-and-on-far-too-long-for-a-message")))
# Bytes 0xFF 0xFE inside a string: QJsonDocument alone would read them as U+FFFD.
with open(H + "invalid-utf8.json", "wb") as f:
    data = text(GOOD).encode("utf-8")
    data = data.replace(b"Ask: how many", b"Ask: \xff\xfe how many")
    f.write(data)
dump(H + "deep-nesting.json", '{"format": "waymark-assessment", "formatVersion": 1, "answers": '
     + "[" * 2000 + "]" * 2000 + "}\n")
# Two "rating" keys in one answer: QJsonDocument would quietly keep the second.
dump(H + "duplicate-key.json", text(GOOD).replace('"rating": 2,', '"rating": 2,\n      "rating": 0,'))
# A NUL character, as an escape in a value, as a raw byte and in a key (reported on the object
# that holds it); QJsonDocument would pass each on into the text.
dump(H + "nul-character.json", text(GOOD)
     .replace("Second line", "Second\\u0000line")
     .replace("Gofyn i'r swyddogion", "Gofyn\0i'r swyddogion")
     .replace('"who": "Lead Member",', '"who": "Lead Member",\n      "wh\\u0000o": "x",'))
# Halves of surrogate pairs alone: a high half with nothing after it, and a low half before a high
# one; the whole pair for the emoji is fine.
dump(H + "lone-surrogate.json", text(GOOD)
     .replace("Hunanasesiad 2026", "Hunanasesiad \\ud800 2026")
     .replace('"note": "",', '"note": "\\udc00\\ud800 \\ud83d\\udc4d",'))
# Clears (format version 2) that cannot be read: not an object, no time, a question cleared twice
# and one both answered and cleared.
dump(H + "bad-clears.json", variant(lambda o: (
    o.update({"formatVersion": 2, "cleared": [
        "A-03",
        {"question": "B-02"},
        {"question": "A-01", "updated": "2026-11-23T15:00:00.000Z"},
        {"question": "A-03", "updated": "2026-11-23T15:00:00.000Z"},
        {"question": "A-03", "updated": "2026-11-23T16:00:00.000Z"}]}),
    o["answers"].pop(1))))
# Change times in the year 9999: written on a computer whose clock was wrong, they would win over
# every later change for ever.
dump(H + "future-times.json", variant(lambda o: (
    o.update({"formatVersion": 2, "cleared": [
        {"question": "A-03", "updated": "9999-12-31T23:59:59.000Z"}]}),
    o["assessment"].update({"created": "9999-01-01T00:00:00.000Z",
                            "updated": "9999-12-31T23:59:59.999Z"}),
    o["answers"].pop(1),
    o["answers"][1].update({"updated": "9999-06-01T12:00:00+01:00"}))))
# What QJsonDocument reads without a word but not as written: a byte order mark written as it is
# at the start of a text (dropped), and U+FFFE and U+FFFF (kept, but SQLite reads them back as
# U+FFFD), as they are and as escapes. A byte order mark inside a text, or escaped, is fine.
dump(H + "hidden-characters.json", text(GOOD)
     .replace('"title": "Hunanasesiad 2026"', '"title": "\ufeffHunanasesiad 2026"')
     .replace('"who": "Lead Member"', '"who": "Lead\ufeff Member \\ufeff"')
     .replace('"Ask: how many', '"Ask: \uffff how many')
     .replace('"Visit the MASH"', '"Visit the \\ufffe MASH"'))
