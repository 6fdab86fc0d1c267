// order_puzzle_test.cpp - putting printed lines in order by dragging and by keyboard
// (web/model/course/order_puzzle.h).
#include "model/course/order_puzzle.h"

#include <catch2/catch.hpp>

using namespace loopscope::course;

namespace {
OrderPuzzle abcd() {
    OrderPuzzle p;
    p.lines = {"a", "b", "c", "d"};
    return p;
}
} // namespace

TEST_CASE("a dragged line lands where it is dropped, the others shift", "[lessons][order]") {
    OrderPuzzle p = abcd();
    CHECK(order_move(p, 3, 0));
    CHECK(p.lines == std::vector<std::string>{"d", "a", "b", "c"});
    CHECK(order_move(p, 0, 2));
    CHECK(p.lines == std::vector<std::string>{"a", "b", "d", "c"});
    CHECK(p.focus == 2);
    CHECK_FALSE(order_move(p, 1, 1));
    CHECK_FALSE(order_move(p, -1, 2));
    CHECK_FALSE(order_move(p, 0, 4));
    CHECK(p.lines == std::vector<std::string>{"a", "b", "d", "c"});
}

TEST_CASE("the keyboard picks a line up, moves it and puts it down", "[lessons][order]") {
    OrderPuzzle p = abcd();
    order_key(p, OrderKey::Down); // focus moves, nothing else
    order_key(p, OrderKey::Down);
    CHECK(p.focus == 2);
    CHECK(p.lines == std::vector<std::string>{"a", "b", "c", "d"});
    order_key(p, OrderKey::Pick); // "c" picked up
    CHECK(p.picked == 2);
    CHECK(order_key(p, OrderKey::Up));
    CHECK(order_key(p, OrderKey::Up));
    CHECK_FALSE(order_key(p, OrderKey::Up)); // already first
    CHECK(p.lines == std::vector<std::string>{"c", "a", "b", "d"});
    CHECK(order_key(p, OrderKey::End));
    CHECK(p.lines == std::vector<std::string>{"a", "b", "d", "c"});
    order_key(p, OrderKey::Pick); // put down
    CHECK(p.picked == -1);
    CHECK(p.focus == 3);
    order_key(p, OrderKey::Home);
    CHECK(p.focus == 0);
    CHECK(p.lines == std::vector<std::string>{"a", "b", "d", "c"});
}

TEST_CASE("a click picks a line up and a second click puts it down", "[lessons][order]") {
    OrderPuzzle p = abcd();
    order_click(p, 1);
    CHECK(p.picked == 1);
    order_key(p, OrderKey::Down);
    CHECK(p.lines == std::vector<std::string>{"a", "c", "b", "d"});
    order_click(p, 2);
    CHECK(p.picked == -1);
    order_click(p, 3);
    order_key(p, OrderKey::Drop);
    CHECK(p.picked == -1);
    order_click(p, 9); // nothing there
    CHECK(p.picked == -1);
    OrderPuzzle empty;
    CHECK_FALSE(order_key(empty, OrderKey::Down));
}
