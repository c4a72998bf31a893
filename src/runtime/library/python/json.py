"""JSON (JavaScript Object Notation) encoder and decoder, as CPython's json module.

dumps() and dump() encode; loads() and load() decode and raise JSONDecodeError, whose
message says what was expected and where (line, column, character offset).
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError',
           'JSONEncoder']

_INFINITY = float('inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    # CPython defines it in json.decoder, which is the name tracebacks show.
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        super().__init__(errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)

_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n',
            '\r': '\\r', '\t': '\\t'}


def _encode_str(s, ensure_ascii):
    pieces = ['"']
    for ch in s:
        escaped = _ESCAPES.get(ch)
        if escaped is not None:
            pieces.append(escaped)
            continue
        code = ord(ch)
        if code < 0x20:
            pieces.append('\\u' + format(code, '04x'))
        elif code < 0x7f or not ensure_ascii:
            pieces.append(ch)
        elif code < 0x10000:
            pieces.append('\\u' + format(code, '04x'))
        else:
            # Beyond the Basic Multilingual Plane: a UTF-16 surrogate pair.
            code -= 0x10000
            high, low = 0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff)
            pieces.append('\\u' + format(high, '04x') + '\\u' + format(low, '04x'))
    pieces.append('"')
    return ''.join(pieces)


class JSONEncoder:
    """Extensible JSON encoder: override default() to serialize more types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        markers = {} if self.check_circular else None
        chunks = []
        self._encode(o, chunks, markers, indent, 0)
        return chunks

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INFINITY:
            text = 'Infinity'
        elif o == -_INFINITY:
            text = '-Infinity'
        else:
            return repr(float(o))
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def _encode(self, o, chunks, markers, indent, level):
        if isinstance(o, str):
            chunks.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            chunks.append('null')
        elif o is True:
            chunks.append('true')
        elif o is False:
            chunks.append('false')
        elif isinstance(o, int):
            chunks.append('%d' % o)
        elif isinstance(o, float):
            chunks.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, chunks, markers, indent, level)
        elif isinstance(o, dict):
            self._encode_dict(o, chunks, markers, indent, level)
        else:
            self._enter(o, markers)
            self._encode(self.default(o), chunks, markers, indent, level)
            self._leave(o, markers)

    def _enter(self, o, markers):
        if markers is not None:
            if id(o) in markers:
                raise ValueError('Circular reference detected')
            markers[id(o)] = o

    def _leave(self, o, markers):
        if markers is not None:
            del markers[id(o)]

    def _open(self, bracket, chunks, indent, level):
        # Returns the separator between items and the text before the closing bracket.
        if indent is None:
            chunks.append(bracket)
            return self.item_separator, ''
        newline_indent = '\n' + indent * (level + 1)
        chunks.append(bracket + newline_indent)
        return self.item_separator + newline_indent, '\n' + indent * level

    def _encode_list(self, o, chunks, markers, indent, level):
        if not o:
            chunks.append('[]')
            return
        self._enter(o, markers)
        separator, before_close = self._open('[', chunks, indent, level)
        first = True
        for value in o:
            if not first:
                chunks.append(separator)
            first = False
            self._encode(value, chunks, markers, indent, level + 1)
        chunks.append(before_close + ']')
        self._leave(o, markers)

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self._float(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return '%d' % key
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def _encode_dict(self, o, chunks, markers, indent, level):
        if not o:
            chunks.append('{}')
            return
        self._enter(o, markers)
        separator, before_close = self._open('{', chunks, indent, level)
        items = sorted(o.items()) if self.sort_keys else o.items()
        first = True
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            if not first:
                chunks.append(separator)
            first = False
            chunks.append(_encode_str(key, self.ensure_ascii))
            chunks.append(self.key_separator)
            self._encode(value, chunks, markers, indent, level + 1)
        chunks.append(before_close + '}')
        self._leave(o, markers)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def dump(obj, fp, **kw):
    """Serialize obj as a JSON formatted stream to fp (an object with .write())."""
    cls = kw.pop('cls', None) or JSONEncoder
    for chunk in cls(**kw).iterencode(obj):
        fp.write(chunk)


_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n',
              'r': '\r', 't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': _INFINITY, '-Infinity': -_INFINITY}


class JSONDecoder:
    """Simple JSON decoder: objects become dicts, arrays lists, and so on."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or (lambda name: _CONSTANTS[name])
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        return self._value(s, idx)

    def _value(self, s, i):
        ch = s[i:i + 1]
        if ch == '"':
            return self._string(s, i + 1)
        if ch == '{':
            return self._object(s, i + 1)
        if ch == '[':
            return self._array(s, i + 1)
        if ch == 'n' and s.startswith('null', i):
            return None, i + 4
        if ch == 't' and s.startswith('true', i):
            return True, i + 4
        if ch == 'f' and s.startswith('false', i):
            return False, i + 5
        for name in ('NaN', 'Infinity', '-Infinity'):
            if s.startswith(name, i):
                return self.parse_constant(name), i + len(name)
        number = self._number(s, i)
        if number is not None:
            return number
        raise JSONDecodeError('Expecting value', s, i)

    def _number(self, s, i):
        # -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
        start = i
        if s[i:i + 1] == '-':
            i += 1
        if s[i:i + 1] == '0':
            i += 1
        elif s[i:i + 1] != '' and s[i] in '123456789':
            i = _digits_end(s, i)
        else:
            return None
        integer_end = i
        if s[i:i + 1] == '.' and s[i + 1:i + 2] != '' and s[i + 1] in _DIGITS:
            i = _digits_end(s, i + 1)
        if s[i:i + 1] in ('e', 'E'):
            j = i + 1
            if s[j:j + 1] in ('-', '+'):
                j += 1
            if s[j:j + 1] != '' and s[j] in _DIGITS:
                i = _digits_end(s, j)
        if i == integer_end:
            return self.parse_int(s[start:i]), i
        return self.parse_float(s[start:i]), i

    def _string(self, s, end):
        begin = end - 1
        chunks = []
        while True:
            i = end
            while i < len(s) and s[i] != '"' and s[i] != '\\' and s[i] >= ' ':
                i += 1
            if i >= len(s):
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            chunks.append(s[end:i])
            terminator = s[i]
            end = i + 1
            if terminator == '"':
                return ''.join(chunks), end
            if terminator != '\\':
                if self.strict:
                    raise JSONDecodeError('Invalid control character at', s, i)
                chunks.append(terminator)
                continue
            esc = s[end:end + 1]
            if esc == '':
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            if esc != 'u':
                if esc not in _BACKSLASH:
                    raise JSONDecodeError('Invalid \\escape', s, end - 1)
                chunks.append(_BACKSLASH[esc])
                end += 1
                continue
            code = _hex4(s, end + 1)
            end += 5
            if 0xd800 <= code <= 0xdbff and s[end:end + 2] == '\\u':
                low = _hex4(s, end + 2)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                    end += 6
            chunks.append(chr(code))

    def _object(self, s, end):
        pairs = []
        end = _skip(s, end)
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar == '}':
                return self._finish_object(pairs), end + 1
            raise JSONDecodeError(
                'Expecting property name enclosed in double quotes', s, end)
        end += 1
        while True:
            key, end = self._string(s, end)
            end = _skip(s, end)
            if s[end:end + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip(s, end + 1)
            value, end = self._value(s, end)
            pairs.append((key, value))
            end = _skip(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == '}':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError(
                    'Expecting property name enclosed in double quotes', s, end - 1)
        return self._finish_object(pairs), end

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, end):
        values = []
        end = _skip(s, end)
        if s[end:end + 1] == ']':
            return values, end + 1
        while True:
            value, end = self._value(s, end)
            values.append(value)
            end = _skip(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == ']':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip(s, end)
        return values, end


def _skip(s, i):
    while i < len(s) and s[i] in _WHITESPACE:
        i += 1
    return i


def _digits_end(s, i):
    while i < len(s) and s[i] in _DIGITS:
        i += 1
    return i


def _hex4(s, i):
    digits = s[i:i + 4]
    if len(digits) == 4 and all(ch in '0123456789abcdefABCDEF' for ch in digits):
        return int(digits, 16)
    raise JSONDecodeError('Invalid \\uXXXX escape', s, i - 1)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str or bytes holding a JSON document) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, bytes):
        s = s.decode('utf-8')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook,
               **kw).decode(s)


def load(fp, **kw):
    """Deserialize fp (an object with .read() holding a JSON document)."""
    return loads(fp.read(), **kw)
