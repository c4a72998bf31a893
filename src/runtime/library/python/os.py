"""The os module as far as a sandbox allows: the path-name constants, os.path's
string functions, and an empty os.environ. Everything that would touch files,
processes or the network raises PermissionError saying the sandbox does not
allow it; nothing here can run a shell.
"""

import posixpath as path

name = 'posix'
sep = path.sep
altsep = path.altsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
linesep = '\n'

# The sandbox has no environment variables.
environ = {}


def getenv(key, default=None):
    """The value of an environment variable, or `default`: here always `default`."""
    if not isinstance(key, str):
        raise TypeError(f'str expected, not {type(key).__name__}')
    return environ.get(key, default)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    raise TypeError(f'expected str, bytes or os.PathLike object, not {type(p).__name__}')


def _not_allowed(function, what):
    def refuse(*args, **kwargs):
        raise PermissionError(f'os.{function}() is not allowed here: '
                              f'programs in this sandbox cannot {what}')
    refuse.__name__ = function
    refuse.__qualname__ = function
    return refuse


_FILES = ['getcwd', 'chdir', 'listdir', 'scandir', 'walk', 'mkdir', 'makedirs', 'remove',
          'unlink', 'rmdir', 'removedirs', 'rename', 'replace', 'stat', 'lstat', 'open',
          'chmod', 'chown', 'link', 'symlink', 'readlink', 'access', 'truncate', 'utime']
_PROCESSES = ['system', 'popen', 'fork', 'kill', 'getpid', 'getppid', 'execv', 'execvp',
              'execl', 'execlp', 'spawnv', 'startfile', 'wait', 'waitpid', 'abort', '_exit',
              'nice', 'cpu_count', 'getlogin', 'urandom', 'putenv', 'unsetenv']

for _function in _FILES:
    globals()[_function] = _not_allowed(_function, 'touch files')
for _function in _PROCESSES:
    globals()[_function] = _not_allowed(_function, 'start or inspect processes')
del _function
