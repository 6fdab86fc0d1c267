// unicode_db_test.cpp - the Unicode database (lang/unicode_db.h): the Latin-1 part the page
// has before its download agrees with the whole table, names go both ways, and the entries
// hold what CPython's unicodedata says (the golden programs unicode_names/ and unicode_case/
// compare whole programs with CPython).
#include "lang/unicode_db.h"

#include <catch2/catch.hpp>

#include <string>

using namespace loopscope;

TEST_CASE("the Latin-1 part agrees with the whole table", "[unicode]") {
    REQUIRE(unicode::available());
    for (uint32_t cp = 0; cp < 0x100; ++cp) {
        const unicode::CharInfo* a = unicode::latin1_info(cp);
        const unicode::CharInfo* b = unicode::info(cp);
        REQUIRE(a);
        REQUIRE(b);
        INFO("U+" << std::hex << cp);
        CHECK(a->flags == b->flags);
        CHECK(a->category == b->category);
        CHECK(a->decimal == b->decimal);
        CHECK(a->digit == b->digit);
        CHECK(a->has_numeric == b->has_numeric);
        CHECK(a->numeric == b->numeric);
        for (int k = 0; k < 4; ++k) {
            CHECK(a->delta[k] == b->delta[k]);
            CHECK((a->multi[k] >= 0) == (b->multi[k] >= 0));
        }
    }
    CHECK(unicode::latin1_info(0x100) == nullptr);
}

TEST_CASE("names and lookups", "[unicode]") {
    CHECK(unicode::name(0x2022) == "BULLET");
    CHECK(unicode::name(0x4E00) == "CJK UNIFIED IDEOGRAPH-4E00");
    CHECK(unicode::name(0xAC01) == "HANGUL SYLLABLE GAG");
    CHECK(unicode::name(0xE000).empty());
    CHECK(unicode::name(0x0).empty());
    CHECK(unicode::lookup("bullet", false, nullptr) == 0x2022u);
    CHECK(unicode::lookup("HANGUL SYLLABLE GAG", false, nullptr) == 0xAC01u);
    CHECK(unicode::lookup("CJK UNIFIED IDEOGRAPH-4E00", false, nullptr) == 0x4E00u);
    CHECK(!unicode::lookup("CJK UNIFIED IDEOGRAPH-4e00", false, nullptr));
    CHECK(unicode::lookup("NULL", false, nullptr) == 0u); // an alias
    CHECK(!unicode::lookup("NO SUCH NAME", false, nullptr));
    std::string seq;
    CHECK(!unicode::lookup("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", false, &seq));
    CHECK(unicode::lookup("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", true, &seq) == 0x100u);
    CHECK(seq == "\xc4\x80\xcc\x80");
    // every name found again (a sample across the planes)
    for (uint32_t cp = 0x20; cp < 0x110000; cp += 97) {
        std::string n = unicode::name(cp);
        if (n.empty()) continue;
        INFO(n);
        CHECK(unicode::lookup(n, false, nullptr) == cp);
    }
}

TEST_CASE("classes and mappings", "[unicode]") {
    const unicode::CharInfo* three = unicode::info(0x663); // ARABIC-INDIC DIGIT THREE
    REQUIRE(three);
    CHECK(three->decimal == 3);
    CHECK((three->flags & unicode::kDecimal));
    CHECK(std::string(unicode::category_name(three->category)) == "Nd");
    std::string out;
    CHECK(unicode::append_mapping(out, 0xDF, unicode::Mapping::Upper));
    CHECK(out == "SS");
    out.clear();
    CHECK(unicode::append_mapping(out, 0x1C5, unicode::Mapping::Upper));
    CHECK(out == "\xc7\x84"); // U+01C4
    CHECK(unicode::info(0x110000) == nullptr);
}
