"""asyncio's event loop, on a virtual clock: when nothing is ready to run, time jumps
to the next timer instead of waiting, so a program sleeps no real time. Callbacks run
in the order CPython's loop runs them: ready ones first in, first out, then timers due
by time (and, at the same time, in the order they were set)."""

import heapq
import sys
from _collections_deque import deque

_running_loop = None


class Handle:
    """A callback the loop will run; cancel() keeps it from running."""

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        self._callback(*self._args)


class TimerHandle(Handle):
    """A callback due at a time of the loop's clock."""

    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when

    def when(self):
        return self._when


class EventLoop:
    def __init__(self):
        self._ready = deque()
        self._scheduled = []
        self._sequence = 0
        self._clock = 0.0
        self._stopping = False
        self._closed = False
        self._tasks = []
        self._current_task = None
        # The async generators first iterated while this loop ran, which
        # shutdown_asyncgens() closes. CPython keeps a WeakSet; without reference
        # counting, finished ones are dropped here whenever the list doubles.
        self._asyncgens = []
        self._asyncgens_pruned_at = 8
        self._asyncgens_shutdown_called = False

    def time(self):
        return self._clock

    def call_soon(self, callback, *args, context=None):
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self._clock + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        handle = TimerHandle(when, callback, args, self)
        self._sequence += 1
        heapq.heappush(self._scheduled, (when, self._sequence, handle))
        return handle

    def create_future(self):
        from _asyncio_futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        from _asyncio_tasks import Task
        return Task(coro, loop=self, name=name)

    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens.append(agen)
        if len(self._asyncgens) >= self._asyncgens_pruned_at:
            self._asyncgens = [g for g in self._asyncgens if g.ag_frame is not None]
            self._asyncgens_pruned_at = max(8, 2 * len(self._asyncgens))

    def _asyncgen_finalizer_hook(self, agen):
        if agen in self._asyncgens:
            self._asyncgens.remove(agen)
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Closes the async generators left unfinished, as CPython's does."""
        from _asyncio_tasks import gather
        self._asyncgens_shutdown_called = True
        closing_agens = [g for g in self._asyncgens if g.ag_frame is not None]
        self._asyncgens.clear()
        if not closing_agens:
            return
        results = await gather(*[ag.aclose() for ag in closing_agens],
                               return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            # StopAsyncIteration answers an aclose() of a generator already closed,
            # which CPython's finalizer hook would have taken out of the set.
            if isinstance(result, Exception) and not isinstance(result, StopAsyncIteration):
                _report_closing_error(agen, result)

    def is_running(self):
        return _running_loop is self

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    def run_forever(self):
        global _running_loop
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        _running_loop = self
        old_agen_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            _running_loop = None
            sys.set_asyncgen_hooks(*old_agen_hooks)

    def run_until_complete(self, future):
        from _asyncio_tasks import ensure_future
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(_stop_loop)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        """One turn of CPython's BaseEventLoop._run_once: the timers that are due
        join the ready callbacks, and the callbacks ready now run."""
        while self._scheduled and self._scheduled[0][2]._cancelled:
            heapq.heappop(self._scheduled)
        if not self._ready and self._scheduled:
            self._clock = max(self._clock, self._scheduled[0][0])
        while self._scheduled and self._scheduled[0][0] <= self._clock:
            handle = heapq.heappop(self._scheduled)[2]
            if not handle._cancelled:
                self._ready.append(handle)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()


def _report_closing_error(agen, exception):
    """What CPython's default exception handler logs for an async generator whose
    aclose() raised at shutdown."""
    import traceback
    print(f"an error occurred during closing of asynchronous generator {agen!r}\n"
          f"asyncgen: {agen!r}", file=sys.stderr)
    traceback.print_exception(exception, file=sys.stderr)


def _stop_loop(future):
    future._loop.stop()


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def _get_running_loop():
    return _running_loop


def new_event_loop():
    return EventLoop()
