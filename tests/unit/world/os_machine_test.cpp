// os_machine_test.cpp - what os, os.path and pathlib say about the playground's machine, which
// CPython cannot tell (its answers are the real machine's): the documented working folder, home,
// environment, process id, CPU count and urandom (docs/standard-modules.md, "os"), modification
// times on the virtual clock, and the calls a browser cannot make.
#include "support/run_program.h"
#include "world/world_modules.h"

#include <catch2/catch.hpp>
#include <string>

using namespace loopscope;

namespace {

CapturedRun run(const std::string& source) {
    return test::run_program(source, register_program_modules);
}

} // namespace

TEST_CASE("os: the documented machine", "[world][os]") {
    CapturedRun r = run("import os, os.path, pathlib\n"
                        "print(os.getcwd(), os.path.expanduser('~/a'), repr(pathlib.Path.home()))\n"
                        "print(os.environ)\n"
                        "print(os.getpid(), os.getppid(), os.cpu_count(), os.getuid())\n"
                        "print(os.urandom(4), os.urandom(2))\n"
                        "print(os.path.abspath('x/../y.txt'), pathlib.Path('q').resolve())\n");
    INFO(r.err);
    REQUIRE(r.status == 0);
    // urandom: random.Random(0).getrandbits(32), then 16 more bits, little-endian (as CPython)
    CHECK(r.out == "/ /a PosixPath('/')\n"
                   "environ({'HOME': '/', 'LANG': 'C.UTF-8', 'PATH': "
                   "'/usr/local/bin:/usr/bin:/bin', 'TZ': 'UTC', 'USER': 'learner'})\n"
                   "4242 4241 8 1000\n"
                   "b'\\xcd\\x07,\\xd8' b'\\x9fb'\n"
                   "/y.txt /q\n");
}

TEST_CASE("os: modification times follow the virtual clock", "[world][os]") {
    CapturedRun r = run("import os, time, pathlib\n"
                        "import loopscope_world as world\n"
                        "world.file('a.txt', 'x')\n"
                        "print(os.stat('a.txt').st_mtime == time.time() == 1767225600.0)\n"
                        "time.sleep(5)\n"
                        "pathlib.Path('a.txt').touch()\n"
                        "os.mkdir('d')\n"
                        "print(os.path.getmtime('a.txt'), os.stat('d').st_mtime, "
                        "os.stat('.').st_mtime)\n"
                        "s = os.stat('a.txt')\n"
                        "print(s.st_mtime_ns, s[8], s.st_size, oct(s.st_mode), "
                        "oct(os.stat('d').st_mode))\n");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out == "True\n"
                   "1767225605.0 1767225605.0 1767225605.0\n"
                   "1767225605000000000 1767225605 1 0o100644 0o40755\n");
}

TEST_CASE("os: the world's files and os's are one file system", "[world][os]") {
    CapturedRun r = run("import os, asyncio, aiofiles, aiofiles.os\n"
                        "import loopscope_world as world\n"
                        "world.files({'in/a.txt': 'A', 'in/b.txt': 'B'})\n"
                        "os.mkdir('empty')\n"
                        "print(sorted(os.listdir('.')), os.listdir('empty'), "
                        "world.listdir('.'))\n"
                        "os.rename('in', 'out')\n"
                        "async def main():\n"
                        "    print(await aiofiles.os.listdir('out'), "
                        "await aiofiles.os.path.isdir('empty'))\n"
                        "    async with aiofiles.open('out/a.txt') as f:\n"
                        "        print(await f.read())\n"
                        "asyncio.run(main())\n"
                        "os.remove('out/a.txt'); os.remove('out/b.txt')\n"
                        "print(os.path.isdir('out'), os.listdir('out'))\n");
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out == "['empty', 'in'] [] ['empty', 'in']\n"
                   "['a.txt', 'b.txt'] True\n"
                   "A\n"
                   "True []\n");
}

TEST_CASE("os: starting programs and file descriptors are not available", "[world][os]") {
    CapturedRun r = run("import os, pathlib, shutil\n"
                        "calls = [lambda: os.system('ls'), lambda: os.popen('ls'), os.fork,\n"
                        "         lambda: os.execv('/bin/ls', ['ls']), lambda: os.kill(1, 9),\n"
                        "         lambda: os.open('a', 0), lambda: os.stat(0),\n"
                        "         lambda: pathlib.Path('a').chmod(0o644),\n"
                        "         lambda: pathlib.PureWindowsPath('c:/x'),\n"
                        "         lambda: pathlib.WindowsPath('x'),\n"
                        "         lambda: shutil.disk_usage('/'), lambda: shutil.chown('a')]\n"
                        "print(shutil.which('python3'))\n"
                        "for c in calls:\n"
                        "    try:\n"
                        "        c()\n"
                        "    except NotImplementedError as e:\n"
                        "        print(e)\n");
    INFO(r.err);
    REQUIRE(r.status == 0);
    const char* expected[] = {
        ("os.system is not available in the playground: programs run inside the browser, which "
         "cannot start other programs. To run work concurrently use asyncio tasks"),
        "os.popen is not available in the playground",
        "os.fork is not available in the playground",
        "os.execv is not available in the playground",
        "os.kill is not available in the playground",
        "os.open (file descriptors) is not supported in the playground: use open()",
        "os.stat of a file descriptor is not supported in the playground",
        "Path.chmod is not supported in the playground",
        "PureWindowsPath is not supported in the playground",
        "cannot instantiate 'WindowsPath' on your system",
        "shutil.disk_usage is not supported in the playground",
        "shutil.chown is not supported in the playground: its file system has no owners",
        "None\n",
    };
    for (const char* line : expected) {
        INFO(line);
        CHECK(r.out.find(line) != std::string::npos);
    }
}

TEST_CASE("tempfile: repeatable names under /tmp, which goes again when tempfile made it",
          "[world][os]") {
    CapturedRun r = run("import tempfile, os\n"
                        "print(tempfile.gettempdir(), tempfile.mkdtemp(), os.listdir('.'))\n"
                        "os.rmdir('/tmp/tmpy0cq65zt')\n"
                        "with tempfile.TemporaryDirectory() as d:\n"
                        "    print(d, os.listdir('/tmp'))\n"
                        "print(os.listdir('.'))\n"
                        "try:\n"
                        "    tempfile.mkstemp()\n"
                        "except NotImplementedError as e:\n"
                        "    print(e)\n");
    INFO(r.err);
    REQUIRE(r.status == 0);
    // the names: "tmp" and random.Random(0).choice of tempfile's 37 characters, 8 at a time
    CHECK(r.out == "/tmp /tmp/tmpy0cq65zt ['tmp']\n"
                   "/tmp/tmp4wn6isig ['tmp4wn6isig']\n"
                   "[]\n"
                   "tempfile.mkstemp is not supported in the playground: it returns a file "
                   "descriptor; use NamedTemporaryFile(delete=False)\n");
}
