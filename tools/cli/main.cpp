// main.cpp - the `loopscope` command line.
//
//   loopscope run FILE              run a script as `python3 FILE` would
//   loopscope run --transcript FILE print the conformance transcript (SEMANTICS.md)
//   loopscope run --stats FILE      ... and then the peak memory and collections on stderr
//   loopscope dis FILE              print the bytecode of a script
//   loopscope trace [--json] FILE   print the execution trace (trace_command.h)
//   loopscope version
#include "asyncio/asyncio_module.h"
#include "core/memory.h"
#include "session/transcript.h"
#include "core/version.h"
#include "lang/compiler.h"
#include "lang/run.h"
#include "lang/scope.h"
#include "lang/syntax_error.h"
#include "trace_command.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

using namespace loopscope;

static int usage() {
    std::fputs("usage: loopscope run [--transcript] [--stats] FILE\n"
               "       loopscope dis FILE\n"
               "       loopscope trace [--json] [--no-lines] [--no-stacks] [--at N] FILE\n"
               "       loopscope version\n",
               stderr);
    return 2;
}

static bool read_file(const char* path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}

int main(int argc, char** argv) {
    if (argc < 2) return usage();
    std::string cmd = argv[1];
    if (cmd == "version" || cmd == "--version") {
        std::printf("loopscope %s\n", version());
        return 0;
    }
    if (cmd == "trace") return trace_command(argc - 2, argv + 2);
    if (cmd == "dis" && argc == 3) {
        std::string source;
        if (!read_file(argv[2], source)) return usage();
        ParseResult parsed = parse_and_resolve(source, argv[2]);
        if (!parsed.ok()) {
            std::fputs(format_syntax_error(parsed.error, argv[2]).c_str(), stderr);
            return 1;
        }
        Interp I;
        CompileResult c = compile_module(I, *parsed.module, source);
        if (!c.code) {
            std::fputs(format_syntax_error(*c.error, argv[2]).c_str(), stderr);
            return 1;
        }
        std::fputs(disassemble(c.code).c_str(), stdout);
        return 0;
    }
    if (cmd != "run") return usage();
    bool transcript = false, stats = false;
    const char* file = nullptr;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--transcript") == 0)
            transcript = true;
        else if (std::strcmp(argv[i], "--stats") == 0)
            stats = true;
        else if (!file)
            file = argv[i];
        else
            return usage();
    }
    if (!file) return usage();
    std::string source;
    if (!read_file(file, source)) {
        std::fprintf(stderr, "loopscope: can't open file '%s': No such file or directory\n", file);
        return 2;
    }
    if (transcript) {
        int st = run_transcript(
            source, file, [](std::string_view s) { std::fwrite(s.data(), 1, s.size(), stdout); },
            [](std::string_view s) { std::fwrite(s.data(), 1, s.size(), stderr); });
        std::fflush(stdout);
        if (stats)
            std::fprintf(stderr, "loopscope: peak memory %.1f MB\n",
                         double(memory::peak()) / (1 << 20));
        return st;
    }
    Interp I;
    register_modules(I);
    int status = run_script(I, source, file);
    std::fflush(stdout);
    if (stats) {
        std::fprintf(stderr, "loopscope: peak memory %.1f MB, %zu collections\n",
                     double(memory::peak()) / (1 << 20), I.heap.collections);
    }
    return status;
}
