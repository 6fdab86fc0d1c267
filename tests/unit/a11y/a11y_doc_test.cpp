// Tests of the accessible document writer (web/model/a11y/a11y_doc.h): the JSON the page
// builds its DOM from.
#include "model/a11y/a11y_doc.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using loopscope::a11y::Doc;

TEST_CASE("a document is a JSON array of nodes with roles, ids, attributes and kids") {
    Doc d;
    d.open("group", "controls").name("Run controls");
    d.open("button", "run").name("Run").target("button:Run").flag("disabled", false).close();
    d.open("button", "back").name("Step back").flag("disabled", true).close();
    d.close();
    d.leaf("p", "note", "hello");
    const auto j = nlohmann::json::parse(d.take(), nullptr, false);
    REQUIRE(j.is_array());
    REQUIRE(j.size() == 2);
    CHECK(j[0]["role"] == "group");
    CHECK(j[0]["name"] == "Run controls");
    REQUIRE(j[0]["kids"].size() == 2);
    CHECK(j[0]["kids"][0]["target"] == "button:Run");
    CHECK_FALSE(j[0]["kids"][0].contains("disabled")); // false flags are left out
    CHECK(j[0]["kids"][1]["disabled"] == true);
    CHECK(j[1]["text"] == "hello");
    CHECK_FALSE(j[1].contains("kids"));
}

TEST_CASE("text with quotes, backslashes, newlines and control characters stays valid JSON") {
    Doc d;
    d.open("code", "code")
        .attr("value", "print(\"a\\tb\")\n\x01 \xC3\xA9")
        .attr("line", 3.0)
        .close();
    const auto j = nlohmann::json::parse(d.take(), nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    CHECK(j[0]["value"] == "print(\"a\\tb\")\n\x01 \xC3\xA9");
    CHECK(j[0]["line"] == 3);
}

TEST_CASE("take() closes nodes left open and leaves the document empty") {
    Doc d;
    d.open("list", "l");
    d.open("item", "a").text("one");
    const auto j = nlohmann::json::parse(d.take(), nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    CHECK(j[0]["kids"][0]["text"] == "one");
    CHECK(d.empty());
    CHECK(d.take() == "[]");
}
