"""A small asyncio for learning programs: run, sleep, gather, create_task, wait_for,
Tasks and Futures, on an event loop with a virtual clock (sleeping takes no real
time). Execution order, results and exceptions follow CPython 3.11."""

from _asyncio_events import (get_running_loop, new_event_loop, _get_running_loop,
                             Handle, TimerHandle)
from _asyncio_futures import Future, CancelledError, InvalidStateError
from _asyncio_tasks import (Task, create_task, current_task, all_tasks, ensure_future,
                            gather, sleep, wait_for, iscoroutine, isfuture)

__all__ = ['run', 'sleep', 'gather', 'create_task', 'wait_for', 'get_running_loop',
           'new_event_loop', 'current_task', 'all_tasks', 'ensure_future', 'Future',
           'Task', 'CancelledError', 'InvalidStateError', 'TimeoutError', 'iscoroutine',
           'isfuture', 'Handle', 'TimerHandle']

TimeoutError = TimeoutError


def run(main, *, debug=None):
    """Runs the coroutine `main` on a new event loop and returns its result; what
    is still running when it ends is cancelled, as asyncio.Runner does."""
    if _get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError(f"a coroutine was expected, got {main!r}")
    loop = new_event_loop()
    try:
        task = loop.create_task(main)
        return loop.run_until_complete(task)
    finally:
        _cancel_all_tasks(loop)
        # CPython's Runner.close runs two more tasks (shutting down async generators
        # and the default executor), which take the next two task names.
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.run_until_complete(_shutdown())
        loop.close()


async def _shutdown():
    pass


def _cancel_all_tasks(loop):
    to_cancel = [task for task in loop._tasks if not task.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
