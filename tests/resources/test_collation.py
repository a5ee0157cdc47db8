from resources.collation import initial, sort_key


def ordered(words, language):
    return sorted(words, key=lambda word: sort_key(word, language))


def test_vietnamese_follows_its_alphabet_not_code_points():
    words = ["đất", "dân", "ăn", "an", "ân", "ông", "ơn", "ong", "ưu", "uy", "yêu", "bé"]
    assert ordered(words, "vi") == [
        "an",
        "ăn",
        "ân",
        "bé",
        "dân",
        "đất",
        "ong",
        "ông",
        "ơn",
        "uy",
        "ưu",
        "yêu",
    ]


def test_vietnamese_tones_only_break_ties():
    assert ordered(["má", "mà", "ma", "mạ", "mb"], "vi")[-1] == "mb"
    assert ordered(["mà", "ma"], "vi") == ["ma", "mà"]


def test_vietnamese_initials_keep_the_letters_of_the_alphabet():
    assert [initial(w, "vi") for w in ("đất", "ăn", "ơn", "Ưu", "ánh")] == ["Đ", "Ă", "Ơ", "Ư", "A"]


def test_filipino_puts_n_tilde_after_n():
    assert ordered(["oo", "ñino", "nanay", "nz"], "fil") == ["nanay", "nz", "ñino", "oo"]
    assert initial("ñino", "fil") == "Ñ"


def test_khmer_orders_by_consonant_and_ignores_subscripts_first():
    # ក (ka) < ខ (kha) < គ (ko); a subscript does not move a word to another letter.
    words = ["គ្រូ", "ខ្លួន", "កុមារ", "ក្រុម", "ឯកសារ"]
    result = ordered(words, "km")
    assert result[:2] == sorted(result[:2], key=lambda w: sort_key(w, "km"))
    assert [initial(w, "km") for w in result] == ["ក", "ក", "ខ", "គ", "ឯ"]


def test_english_is_case_and_accent_insensitive():
    assert ordered(["Zebra", "apple", "Éclair", "eagle"], "en") == [
        "apple",
        "eagle",
        "Éclair",
        "Zebra",
    ]
    assert initial("éclair", "en") == "E"
