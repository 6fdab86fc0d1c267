// main.cpp - the `loopscope` command line.
//
//   loopscope run FILE              run a script as `python3 FILE` would
//   loopscope run --transcript FILE print the conformance transcript (SEMANTICS.md)
//   loopscope run --stats FILE      ... and then the peak memory and collections on stderr
//   loopscope run --max-ticks N FILE  stop with a message after N interpreter ticks (loop
//                                   iterations and calls, at any depth), like the page's budget
//   loopscope run --max-memory SIZE FILE  the memory budget (512M, 2G...; default 2G, 1G in
//                                   wasm): past it the program gets a MemoryError (core/memory.h)
//   loopscope dis FILE              print the bytecode of a script
//   loopscope trace [--json] FILE   print the execution trace (trace_command.h)
//   loopscope version
//
// With LOOPSCOPE_BENCH_CPU set in the environment, `run` ends by writing one line to stderr,
// "loopscope-cpu-ms: LOAD RUN": the CPU milliseconds (user + system, all threads) spent before
// the program starts (natively the process's start; in wasm from loopscope.js's first line:
// compiling and instantiating the module, then the runtime's init) and running the program
// (its imports included), as tools/bench/pyodide/run.mjs reports Pyodide's (lang_bench.py).
#include "core/memory.h"
#include "core/version.h"
#include "lang/compiler.h"
#include "lang/run.h"
#include "lang/scope.h"
#include "lang/syntax_error.h"
#include "session/transcript.h"
#include "trace_command.h"
#include "world/world_modules.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#if !defined(__EMSCRIPTEN__) && defined(__linux__)
#include <pthread.h>
#endif
#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#else
#include <sys/resource.h>
#endif

using namespace loopscope;

static int usage() {
    std::fputs("usage: loopscope run [--transcript] [--stats] [--max-ticks N] [--max-memory SIZE] "
               "FILE\n"
               "       loopscope dis FILE\n"
               "       loopscope trace [--json|--stats] [--no-lines] [--no-stacks] [--at N] FILE\n"
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

// Run at most about `max_ticks` ticks (give or take a chunk of lang/budget.cpp's): where the
// script can pause it is stopped here when they are spent, code that cannot pause (called from
// native code) is stopped by the interpreter itself (Interp::max_overrun_ticks).
static int run_bounded(Interp& I, const std::string& source, const char* file, int64_t max_ticks) {
    ScriptRunner run(I, source, file);
    I.budget_name = "--max-ticks " + std::to_string(max_ticks);
    int64_t left = max_ticks;
    for (;;) {
        // In slices (run_script says why); code that cannot pause at the end of one may use
        // what is left of the whole budget, and is stopped by the interpreter when that runs out.
        int64_t slice = left < (1 << 16) ? left : (1 << 16);
        I.max_overrun_ticks = left - slice;
        if (run.step(slice)) return run.status();
        left -= slice + I.overrun_ticks;
        if (left > 0) continue;
        int32_t line = 0; // of the instruction the paused frame runs next
        if (Frame* f = I.frame) {
            size_t next = size_t(f->ip - f->code->code.data());
            line = next < f->code->lines.size() ? f->code->lines[next] : f->line();
        }
        run.stop();
        std::fflush(stdout);
        std::fprintf(stderr, "Stopped: the tick budget (%s) ran out at line %d.\n",
                     I.budget_name.c_str(), int(line));
        return 1;
    }
}

#ifdef __EMSCRIPTEN__
// node's CPU for the whole process since loopscope.js began (tools/cli/bench_cpu.pre.js marks
// it), or -1 without node
// clang-format off
EM_JS(double, js_cpu_ms_since_start, (), {
  if (typeof process !== "object" || !process.cpuUsage) return -1;
  const u = process.cpuUsage(globalThis.loopscopeCpuStart);
  return (u.user + u.system) / 1000;
});
// Emscripten's getenv sees its own small environment, not node's
EM_JS(int, js_bench_cpu_wanted, (), {
  return typeof process === "object" && process.env && process.env.LOOPSCOPE_BENCH_CPU !== undefined ? 1 : 0;
});
// clang-format on
static double cpu_ms() {
    return js_cpu_ms_since_start();
}
static bool bench_cpu_wanted() {
    return js_bench_cpu_wanted() != 0;
}
#else
static bool bench_cpu_wanted() {
    return std::getenv("LOOPSCOPE_BENCH_CPU") != nullptr;
}
static double cpu_ms() {
    rusage u{};
    if (getrusage(RUSAGE_SELF, &u) != 0) return -1;
    auto ms = [](const timeval& t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(u.ru_utime) + ms(u.ru_stime);
}
#endif

// input() and sys.stdin read the command's standard input, a line when the program asks
static bool read_stdin_line(std::string& line) {
    std::fflush(stdout); // a prompt written before shows first
    line.clear();
    for (int c; (c = std::getc(stdin)) != EOF;) {
        line.push_back(char(c));
        if (c == '\n') break;
    }
    return !line.empty();
}

static int cli_main(int argc, char** argv) {
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
    int64_t max_ticks = -1;
    const char* file = nullptr;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--transcript") == 0)
            transcript = true;
        else if (std::strcmp(argv[i], "--stats") == 0)
            stats = true;
        else if (std::strcmp(argv[i], "--max-ticks") == 0 && i + 1 < argc) {
            char* end = nullptr;
            long long n = std::strtoll(argv[++i], &end, 10);
            if (!end || *end || n < 0) {
                std::fprintf(stderr, "loopscope: --max-ticks needs a whole number >= 0, not '%s'\n",
                             argv[i]);
                return 2;
            }
            max_ticks = int64_t(n);
        } else if (std::strcmp(argv[i], "--max-memory") == 0 && i + 1 < argc) {
            size_t n = memory::parse_size(argv[++i]);
            if (n == 0) {
                std::fprintf(stderr,
                             "loopscope: --max-memory needs a size such as 512M or 2G, not '%s'\n",
                             argv[i]);
                return 2;
            }
            memory::set_budget(n);
        } else if (!file)
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
    if (transcript && max_ticks >= 0) {
        std::fputs("loopscope: --max-ticks does not apply to --transcript\n", stderr);
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
    register_program_modules(I);
    I.read_line = read_stdin_line;
    const bool bench_cpu = bench_cpu_wanted();
    const double loaded_ms = bench_cpu ? cpu_ms() : 0;
    int status =
        max_ticks < 0 ? run_script(I, source, file) : run_bounded(I, source, file, max_ticks);
    std::fflush(stdout);
    if (bench_cpu)
        std::fprintf(stderr, "loopscope-cpu-ms: %.1f %.1f\n", loaded_ms, cpu_ms() - loaded_ms);
    if (stats) {
        std::fprintf(stderr, "loopscope: peak memory %.1f MB, %zu collections\n",
                     double(memory::peak()) / (1 << 20), I.heap.collections);
    }
    return status;
}

#if !defined(__EMSCRIPTEN__) && defined(__linux__)
// Natively the command runs on a thread with a 256 MB stack (reserved, not committed): Python
// called from native code costs native stack per level, several times more under ASan, so the
// main thread's usual 8 MB could run short before the recursion limit of 1,000 (CPython's
// depth); the stack guard (core/stack_guard.h) still turns a shortage into RecursionError.
namespace {
struct CliArgs {
    int argc;
    char** argv;
    int status;
};
void* cli_thread(void* p) {
    auto* a = static_cast<CliArgs*>(p);
    a->status = cli_main(a->argc, a->argv);
    return nullptr;
}
} // namespace

int main(int argc, char** argv) {
    CliArgs args{argc, argv, 0};
    pthread_attr_t attr;
    pthread_t thread;
    if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, size_t(256) << 20) == 0 &&
        pthread_create(&thread, &attr, cli_thread, &args) == 0) {
        pthread_attr_destroy(&attr);
        pthread_join(thread, nullptr);
        return args.status;
    }
    return cli_main(argc, argv); // no thread: the main thread's stack
}
#else
int main(int argc, char** argv) {
    return cli_main(argc, argv);
}
#endif
