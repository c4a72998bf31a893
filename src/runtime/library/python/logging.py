"""Logging: loggers in a dotted hierarchy, levels, handlers writing to stderr (or
any stream with write()), and format strings with %(name)s-style fields.

Records report the calling file and line as CPython does when it cannot find them
(`(unknown file)`, 0), and asctime comes from the recorded clock.
"""

import sys
import time

__all__ = ['CRITICAL', 'FATAL', 'ERROR', 'WARNING', 'WARN', 'INFO', 'DEBUG', 'NOTSET',
           'Logger', 'Handler', 'StreamHandler', 'Formatter', 'LogRecord', 'basicConfig',
           'getLogger', 'getLevelName', 'debug', 'info', 'warning', 'error', 'critical',
           'exception', 'log', 'disable', 'lastResort', 'root', 'BASIC_FORMAT']

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING',
                INFO: 'INFO', DEBUG: 'DEBUG', NOTSET: 'NOTSET'}
_nameToLevel = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARNING,
                'WARNING': WARNING, 'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}

BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'
_disable_level = 0


def getLevelName(level):
    """The name of a level number, or the number of a level name."""
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return f'Level {level}'


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _check_level(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError(f'Unknown level: {level!r}')
        return _nameToLevel[level]
    raise TypeError(f'Level not an integer or a valid string: {level!r}')


def _percent_format(fmt, fields):
    """`fmt % fields` for %(name)s-style fields."""
    out = []
    i = 0
    while i < len(fmt):
        if fmt.startswith('%%', i):
            out.append('%')
            i += 2
        elif fmt.startswith('%(', i):
            close = fmt.index(')', i)
            key = fmt[i + 2:close]
            end = close + 1
            while end < len(fmt) and not fmt[end].isalpha():
                end += 1
            spec = fmt[close + 1:end + 1]
            out.append(('%' + spec) % (fields[key],))
            i = end + 1
        else:
            out.append(fmt[i])
            i += 1
    return ''.join(out)


class LogRecord:
    """One logged event: who logged it, at what level, and the message."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None):
        self.name = name
        self.msg = msg
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = pathname
        self.module = 'Unknown module'
        self.lineno = lineno
        self.funcName = func
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.created = time.time()
        self.msecs = int((self.created - int(self.created)) * 1000)
        self.relativeCreated = 0.0
        self.thread = None
        self.threadName = 'MainThread'
        self.processName = 'MainProcess'
        self.process = None

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg

    def __repr__(self):
        return f'<LogRecord: {self.name}, {self.levelno}, {self.pathname}, {self.lineno}, "{self.msg}">'


class Formatter:
    """Turns a record into text with a format string (% or { or $ style)."""

    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%'):
        if style not in ('%', '{', '$'):
            raise ValueError("Style must be one of: %,{,$")
        self._style = style
        self._fmt = fmt or {'%': '%(message)s', '{': '{message}', '$': '${message}'}[style]
        self.datefmt = datefmt

    def usesTime(self):
        marker = {'%': '%(asctime)', '{': '{asctime', '$': '${asctime}'}[self._style]
        return marker in self._fmt

    def formatTime(self, record, datefmt=None):
        moment = time.localtime(record.created)
        if datefmt:
            return time.strftime(datefmt, moment)
        text = time.strftime(self.default_time_format, moment)
        return self.default_msec_format % (text, record.msecs)

    def formatMessage(self, record):
        fields = record.__dict__
        if self._style == '%':
            return _percent_format(self._fmt, fields)
        if self._style == '{':
            return self._fmt.format(**fields)
        text = self._fmt
        for key, value in fields.items():
            text = text.replace('${' + key + '}', str(value)).replace('$' + key, str(value))
        return text

    def formatException(self, exc_info):
        exc_type, value = exc_info[0], exc_info[1]
        return f'Traceback (most recent call last):\n{exc_type.__name__}: {value}'

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
            text = text + '\n' + record.exc_text
        return text


_defaultFormatter = Formatter()


class Filterer:
    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            result = f.filter(record) if hasattr(f, 'filter') else f(record)
            if not result:
                return False
        return True


class Handler(Filterer):
    """Where records go; subclasses say how in emit()."""

    def __init__(self, level=NOTSET):
        super().__init__()
        self.level = _check_level(level)
        self.formatter = None
        self.name = None

    def setLevel(self, level):
        self.level = _check_level(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def handle(self, record):
        if self.filter(record):
            self.emit(record)
        return True

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def flush(self):
        pass

    def close(self):
        pass

    def __repr__(self):
        return f'<{self.__class__.__name__} ({getLevelName(self.level)})>'


class StreamHandler(Handler):
    """Writes each record and a newline to a stream, sys.stderr by default."""

    terminator = '\n'

    def __init__(self, stream=None):
        super().__init__()
        self.stream = stream

    def emit(self, record):
        stream = self.stream if self.stream is not None else sys.stderr
        stream.write(self.format(record) + self.terminator)

    def __repr__(self):
        name = getattr(self.stream, 'name', '<stderr>' if self.stream is None else '')
        return f'<{self.__class__.__name__} {name} ({getLevelName(self.level)})>'


class FileHandler(StreamHandler):
    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        raise PermissionError('logging.FileHandler is not allowed here: '
                              'programs in this sandbox have no files')


class NullHandler(Handler):
    def handle(self, record):
        return True

    def emit(self, record):
        pass


class _StderrHandler(StreamHandler):
    """The last resort: a WARNING handler used when no handler is configured."""

    def __init__(self, level=NOTSET):
        super().__init__()
        self.level = level


lastResort = _StderrHandler(WARNING)


class Logger(Filterer):
    """A named channel; records go to its handlers and, propagating, its parents'."""

    def __init__(self, name, level=NOTSET):
        super().__init__()
        self.name = name
        self.level = _check_level(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _check_level(level)

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if _disable_level >= level:
            return False
        return level >= self.getEffectiveLevel()

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        logger = self
        while logger:
            if logger.handlers:
                return True
            if not logger.propagate:
                return False
            logger = logger.parent
        return False

    def getChild(self, suffix):
        name = suffix if self.name == 'root' else f'{self.name}.{suffix}'
        return getLogger(name)

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        if exc_info and not isinstance(exc_info, tuple):
            error = sys.exc_info()[1] if hasattr(sys, 'exc_info') else None
            exc_info = (type(error), error, None) if error is not None else None
        record = LogRecord(self.name, level, '(unknown file)', 0, msg, args, exc_info,
                           '(unknown function)')
        if extra:
            for key, value in extra.items():
                record.__dict__[key] = value
        self.handle(record)

    def handle(self, record):
        if self.disabled or not self.filter(record):
            return
        found = 0
        logger = self
        while logger:
            for handler in logger.handlers:
                found += 1
                if record.levelno >= handler.level:
                    handler.handle(record)
            if not logger.propagate:
                break
            logger = logger.parent
        if found == 0 and record.levelno >= lastResort.level:
            lastResort.handle(record)

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    warn = warning

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            raise TypeError('level must be an integer')
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.name} ({getLevelName(self.getEffectiveLevel())})>'


class RootLogger(Logger):
    def __init__(self, level):
        super().__init__('root', level)

    def __repr__(self):
        return f'<RootLogger root ({getLevelName(self.getEffectiveLevel())})>'


root = RootLogger(WARNING)
_loggers = {}


def getLogger(name=None):
    """The logger of that dotted name (made on first use), or the root logger."""
    if not name or name == 'root':
        return root
    if not isinstance(name, str):
        raise TypeError('A logger name must be a string')
    logger = _loggers.get(name)
    if logger is None:
        logger = Logger(name)
        _loggers[name] = logger
        _fix_parents(logger)
    return logger


def _fix_parents(logger):
    name = logger.name
    parent = None
    parts = name.split('.')
    for i in range(len(parts) - 1, 0, -1):
        candidate = _loggers.get('.'.join(parts[:i]))
        if candidate is not None:
            parent = candidate
            break
    logger.parent = parent or root
    prefix = name + '.'
    for other in _loggers.values():
        if other.name.startswith(prefix) and (other.parent is root or
                                              not other.parent.name.startswith(prefix)):
            other.parent = logger


def basicConfig(**kwargs):
    """Gives the root logger a stream handler with a format, once (or again with force)."""
    force = kwargs.pop('force', False)
    if force:
        for handler in root.handlers[:]:
            root.removeHandler(handler)
    if root.handlers:
        return
    filename = kwargs.pop('filename', None)
    kwargs.pop('filemode', None)
    if filename is not None:
        FileHandler(filename)
    stream = kwargs.pop('stream', None)
    handlers = kwargs.pop('handlers', None)
    if handlers is None:
        handlers = [StreamHandler(stream)]
    fmt = kwargs.pop('format', None)
    datefmt = kwargs.pop('datefmt', None)
    style = kwargs.pop('style', '%')
    if fmt is None:
        fmt = {'%': BASIC_FORMAT, '{': '{levelname}:{name}:{message}',
               '$': '${levelname}:${name}:${message}'}[style]
    formatter = Formatter(fmt, datefmt, style)
    for handler in handlers:
        if handler.formatter is None:
            handler.setFormatter(formatter)
        root.addHandler(handler)
    level = kwargs.pop('level', None)
    if level is not None:
        root.setLevel(level)
    kwargs.pop('encoding', None)
    kwargs.pop('errors', None)
    if kwargs:
        keys = ', '.join(kwargs)
        raise ValueError(f'Unrecognised argument(s): {keys}')


def _root_call(method, msg, args, kwargs):
    if not root.handlers:
        basicConfig()
    getattr(root, method)(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _root_call('debug', msg, args, kwargs)


def info(msg, *args, **kwargs):
    _root_call('info', msg, args, kwargs)


def warning(msg, *args, **kwargs):
    _root_call('warning', msg, args, kwargs)


warn = warning


def error(msg, *args, **kwargs):
    _root_call('error', msg, args, kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    _root_call('error', msg, args, dict(kwargs, exc_info=exc_info))


def critical(msg, *args, **kwargs):
    _root_call('critical', msg, args, kwargs)


fatal = critical


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    global _disable_level
    _disable_level = level


def shutdown():
    pass
