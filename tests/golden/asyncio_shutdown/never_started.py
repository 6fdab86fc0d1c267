# A task whose loop never ran it: the task is reported, then its coroutine as never awaited
# (at "sys:1", as CPython warns at the end); asyncio.run's tasks are never reported.
import asyncio


async def job():
    print('never runs')


async def main():
    asyncio.create_task(job())
    print('asyncio.run cancels what main leaves')


asyncio.run(main())
loop = asyncio.new_event_loop()
loop.set_exception_handler(lambda loop, context: print(context['message']))
task = loop.create_task(job())
print(task.get_name(), task._log_destroy_pending)
raise SystemExit('the program ends here')
