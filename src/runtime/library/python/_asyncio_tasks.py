"""asyncio's Task, which runs a coroutine on the loop one step at a time, and the
functions built on it: sleep, gather, wait_for. Each follows CPython 3.11's
asyncio/tasks.py, so steps, wake-ups and results come in the same order."""

from _asyncio_events import get_running_loop, _get_running_loop
from _asyncio_futures import (Future, CancelledError, InvalidStateError,
                              _set_result_unless_cancelled)

_task_numbers = [0]


def _format_coroutine(coro):
    name = coro.__qualname__
    code = coro.cr_code
    if coro.cr_frame is not None:
        return f'{name}() running at {code.co_filename}:{coro.cr_frame.f_lineno}'
    return f'{name}() done, defined at {code.co_filename}:{code.co_firstlineno}'


class Task(Future):
    __module__ = '_asyncio'

    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        if name is None:
            _task_numbers[0] += 1
            name = f'Task-{_task_numbers[0]}'
        self._name = str(name)
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        self._loop.call_soon(self._step)
        self._loop._tasks.append(self)

    def _repr_info(self):
        info = super()._repr_info()
        if self._must_cancel:
            info[1] = 'cancelling'
        info.insert(2, f'name={self._name!r}')
        info.insert(3, f'coro=<{_format_coroutine(self._coro)}>')
        return info

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        previous = self._loop._current_task
        self._loop._current_task = self
        try:
            self._send(exc)
        finally:
            self._loop._current_task = previous

    def _send(self, exc):
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError:
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as error:
            Future.set_exception(self, error)
            raise
        except BaseException as error:
            Future.set_exception(self, error)
        else:
            self._suspended_on(result)

    def _suspended_on(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None and blocking:
            if result is self:
                error = RuntimeError(f'Task cannot await on itself: {self!r}')
                self._loop.call_soon(self._step, error)
                return
            result._asyncio_future_blocking = False
            result.add_done_callback(self._wakeup)
            self._fut_waiter = result
            if self._must_cancel and self._fut_waiter.cancel(msg=self._cancel_message):
                self._must_cancel = False
        elif blocking is not None:
            error = RuntimeError(f'yield was used instead of yield from in task {self!r} with {result!r}')
            self._loop.call_soon(self._step, error)
        elif result is None:
            self._loop.call_soon(self._step)
        else:
            self._loop.call_soon(self._step, RuntimeError(f'Task got bad yield: {result!r}'))

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as error:
            self._step(error)
        else:
            self._step()


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine' and hasattr(obj, 'cr_frame')


def isfuture(obj):
    return getattr(obj, '_asyncio_future_blocking', None) is not None


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        return coro_or_future
    if not iscoroutine(coro_or_future) and not hasattr(coro_or_future, '__await__'):
        raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if not iscoroutine(coro_or_future):
        coro_or_future = _wrap_awaitable(coro_or_future)
    if loop is None:
        loop = get_running_loop()
    return loop.create_task(coro_or_future)


async def _wrap_awaitable(awaitable):
    return await awaitable


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {task for task in loop._tasks if not task.done()}


class _Sleep0:
    """A bare `yield`: the Task runs again at the loop's next turn."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _Sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


class _GatheringFuture(Future):
    """gather()'s outer future: cancelling it cancels its children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled = True
        if cancelled:
            self._cancel_requested = True
        return cancelled


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        outer = get_running_loop().create_future()
        outer.set_result([])
        return outer
    children = []
    by_argument = {}
    for argument in coros_or_futures:
        if argument not in by_argument:
            future = ensure_future(argument)
            by_argument[argument] = future
        children.append(by_argument[argument])
    outer = _GatheringFuture(children, loop=children[0]._loop)
    finished = [0]
    total = len(by_argument)

    def done_callback(future):
        finished[0] += 1
        if outer.done():
            return
        if not return_exceptions:
            if future.cancelled():
                outer.set_exception(future._make_cancelled_error())
                return
            error = future.exception()
            if error is not None:
                outer.set_exception(error)
                return
        if finished[0] == total:
            _gather_results(outer, children)

    for future in by_argument.values():
        future.add_done_callback(done_callback)
    return outer


def _gather_results(outer, children):
    results = []
    for child in children:
        if child.cancelled():
            message = child._cancel_message
            results.append(CancelledError('' if message is None else message))
        else:
            error = child.exception()
            results.append(child.result() if error is None else error)
    if outer._cancel_requested:
        outer.set_exception(children[-1]._make_cancelled_error())
    else:
        outer.set_result(results)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(future):
    waiter = future._loop.create_future()
    release = lambda f: _release_waiter(waiter)
    future.add_done_callback(release)
    try:
        future.cancel()
        await waiter
    finally:
        future.remove_done_callback(release)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    release = lambda f: _release_waiter(waiter)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()
