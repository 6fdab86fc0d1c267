// python_source_test.cpp - the runtime's own Python: a module table whose texts arrive after
// start-up (the web app's python.json, provide_python_text) imports once its text is there,
// and says clearly what is missing before that.
#include "lang/run.h"
#include "stdlib/python_source.h"
#include "support/run_program.h"

#include <catch2/catch.hpp>

#include <string>

using namespace loopscope;

namespace {

// As a table compiled with LOOPSCOPE_PY_TEXT_LATER: names without texts.
const PythonSource kLater[] = {
    {"later_greeting", "later_greeting.py", nullptr},
    {"later_numbers", "later_numbers.py", nullptr},
};

void register_later(Interp& I) {
    register_python_modules(I, kLater);
}

CapturedRun run(std::string_view source) {
    return test::run_program(source, register_later);
}

} // namespace

TEST_CASE("a module whose text arrives later imports once it is provided", "[stdlib]") {
    CHECK(python_texts_missing(kLater) == 2);
    CapturedRun before = run("import later_greeting\n");
    CHECK(before.status != 0);
    CHECK(before.err.find("ImportError: the module 'later_greeting' has not finished "
                          "downloading yet") != std::string::npos);

    provide_python_text("later_greeting", "WORD = 'hello'\ndef greet(n):\n    return WORD + n\n");
    CHECK(python_texts_missing(kLater) == 1);
    CapturedRun after = run("import later_greeting\nprint(later_greeting.greet(' there'))\n"
                            "print(later_greeting.__file__)\n");
    INFO(after.err);
    CHECK(after.status == 0);
    CHECK(after.out == "hello there\nlater_greeting.py\n");

    // a failed import leaves nothing behind: once the text is there the next import works
    CapturedRun twice = run("try:\n    import later_numbers\nexcept ImportError as e:\n"
                            "    print(type(e).__name__)\n");
    CHECK(twice.out == "ImportError\n");
    provide_python_text("later_numbers", "N = 7\n");
    CHECK(python_texts_missing(kLater) == 0);
    CHECK(run("import later_numbers\nprint(later_numbers.N * 6)\n").out == "42\n");
}
