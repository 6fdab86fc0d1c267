#include "app_model.h"

namespace loopscope {

AppModel make_initial_model() {
    AppModel model;
    model.source = "import asyncio\n"
                   "\n"
                   "\n"
                   "async def fetch(name, delay):\n"
                   "    print('start', name)\n"
                   "    await asyncio.sleep(delay)  # yields to the event loop\n"
                   "    print('done', name, 'after', delay)\n"
                   "    return name.upper()\n"
                   "\n"
                   "\n"
                   "async def main():\n"
                   "    results = await asyncio.gather(\n"
                   "        fetch('a', 1.0),\n"
                   "        fetch('b', 0.5),\n"
                   "    )\n"
                   "    print(results)\n"
                   "\n"
                   "\n"
                   "asyncio.run(main())\n";
    return model;
}

} // namespace loopscope
