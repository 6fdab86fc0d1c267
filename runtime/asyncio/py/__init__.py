"""The asyncio package, as asyncio/__init__.py: one namespace for the native core (_asyncio:
the event loop, Future, Task, the exceptions, the loop getters) and the modules next to this
file (runtime/asyncio/py/), each imported under its own name (asyncio.tasks, ...)."""
from _asyncio import *
from _asyncio import (_enter_task, _get_running_loop, _leave_task, _register_task,
                      _set_running_loop, _unregister_task)
from asyncio.base_events import *
from asyncio.futures import *
from asyncio.locks import *
from asyncio.queues import *
from asyncio.runners import *
from asyncio.taskgroups import *
from asyncio.tasks import *
from asyncio.threads import *
from asyncio.timeouts import *

# The streams (open_connection, start_server, StreamReader, ...) live with the simulated network
# they run on: the world layer registers asyncio.streams (runtime/world/py/streams/). Without
# it (asyncio alone) the names stay "not available in the playground".
try:
    from asyncio.streams import *
except ImportError:
    pass
