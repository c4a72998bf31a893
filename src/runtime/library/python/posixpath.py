"""Path names as strings, the POSIX way (what os.path is on Linux).

Only the functions that work on the text of a path are here. Those that would
ask the file system (exists, isfile, getsize, abspath, ...) raise PermissionError:
programs in this sandbox have no files.
"""

__all__ = ['sep', 'altsep', 'curdir', 'pardir', 'extsep', 'pathsep', 'defpath', 'devnull',
           'join', 'split', 'splitext', 'basename', 'dirname', 'isabs', 'normpath',
           'commonprefix', 'commonpath', 'relpath', 'splitdrive', 'normcase',
           'exists', 'isfile', 'isdir', 'islink', 'getsize', 'abspath', 'realpath',
           'expanduser', 'getmtime']

sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'


def _check_str(function, *paths):
    for path in paths:
        if not isinstance(path, str):
            raise TypeError(f'{function}() argument must be str, not {type(path).__name__}')


def normcase(s):
    _check_str('normcase', s)
    return s


def isabs(s):
    _check_str('isabs', s)
    return s.startswith('/')


def join(a, *p):
    """Joins path parts with '/'; a part that is absolute starts the path again."""
    _check_str('join', a, *p)
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    _check_str('split', p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    _check_str('splitext', p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, ''


def splitdrive(p):
    return p[:0], p


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def normpath(path):
    """Removes redundant separators and '.' parts, and resolves '..' textually."""
    _check_str('normpath', path)
    if path == '':
        return '.'
    initial_slashes = 2 if path.startswith('//') and not path.startswith('///') else (
        1 if path.startswith('/') else 0)
    new_comps = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial_slashes and not new_comps) or (
                new_comps and new_comps[-1] == '..'):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def commonprefix(m):
    if not m:
        return ''
    s1, s2 = min(m), max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    absolute = {p.startswith('/') for p in paths}
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split('/') if c and c != '.'] for p in paths]
    s1, s2 = min(split_paths), max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = '/' if absolute.pop() else ''
    return prefix + '/'.join(common)


def relpath(path, start=None):
    if start is None:
        _no_files('relpath')
    if not (isabs(path) and isabs(start)):
        _no_files('relpath')
    start_list = [x for x in normpath(start).split('/') if x]
    path_list = [x for x in normpath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    return join(*rel_list) if rel_list else curdir


def _no_files(function):
    raise PermissionError(f'os.path.{function}() is not allowed here: '
                          'programs in this sandbox have no files')


def exists(path):
    _no_files('exists')


def isfile(path):
    _no_files('isfile')


def isdir(path):
    _no_files('isdir')


def islink(path):
    _no_files('islink')


def getsize(path):
    _no_files('getsize')


def getmtime(path):
    _no_files('getmtime')


def abspath(path):
    if isabs(path):
        return normpath(path)
    _no_files('abspath')


def realpath(path):
    _no_files('realpath')


def expanduser(path):
    if not path.startswith('~'):
        return path
    _no_files('expanduser')
