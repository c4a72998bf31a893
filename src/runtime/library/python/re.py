"""Regular expressions with Python's syntax and semantics: a backtracking matcher.

A pattern is parsed into a small program of instructions (characters, classes,
anchors, group marks, and choice points tried in order); matching runs it with an
explicit stack of choice points, so alternatives and quantifiers are tried in the
order CPython's sre tries them, and long subjects need no deep recursion.
"""

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall",
           "finditer", "compile", "purge", "escape", "error", "Pattern", "Match",
           "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE",
           "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG"]

# The flags are plain ints here; CPython's are re.RegexFlag members, which print by name.
_FLAG_NAMES = [(2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'), (16, 'DOTALL'),
               (32, 'UNICODE'), (64, 'VERBOSE'), (256, 'ASCII')]


NOFLAG = 0
I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
A = ASCII = 256

# Plain ints for the matcher, which tests them at every character.
_IGNORECASE, _MULTILINE, _ASCII, _UNICODE = 2, 8, 256, 32


class error(Exception):
    """Exception raised for invalid regular expressions."""

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str) and '\n' in pattern:
                self.lineno = pattern.count('\n', 0, pos) + 1
                self.colno = pos - pattern.rfind('\n', 0, pos)
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        super().__init__(msg)


from _re_parser import compile_pattern as _compile_pattern


# Instruction opcodes, as tuples (opcode, operands...).
_CHAR, _ANY, _CLASS, _SPLIT, _JUMP, _SAVE, _MATCH, _ASSERT, _BACKREF, _LOOK, \
    _MARK, _PROGRESS = range(12)


def _is_word(ch, ascii_only):
    if ascii_only:
        return ch == '_' or ('a' <= ch <= 'z') or ('A' <= ch <= 'Z') or ('0' <= ch <= '9')
    return ch.isalnum() or ch == '_'


def _class_matches(items, negated, ch, flags):
    found = _in_items(items, ch, flags)
    if not found and flags & _IGNORECASE:
        found = _in_items(items, ch.lower(), flags) or _in_items(items, ch.upper(), flags)
    return found != negated


def _in_items(items, ch, flags):
    ascii_only = flags & _ASCII
    for item in items:
        kind = item[0]
        if kind == 'char':
            if ch == item[1]:
                return True
        elif kind == 'range':
            if item[1] <= ch <= item[2]:
                return True
        elif _category(kind, ch, ascii_only):
            return True
    return False


def _category(kind, ch, ascii_only):
    if kind == 'digit':
        return ('0' <= ch <= '9') if ascii_only else ch.isdecimal()
    if kind == 'notdigit':
        return not _category('digit', ch, ascii_only)
    if kind == 'word':
        return _is_word(ch, ascii_only)
    if kind == 'notword':
        return not _is_word(ch, ascii_only)
    if kind == 'space':
        return ch in ' \t\n\r\f\v' if ascii_only else ch.isspace() or ch in '\x1c\x1d\x1e\x1f'
    if kind == 'notspace':
        return not _category('space', ch, ascii_only)
    return False


def _assertion(kind, string, pos, end, flags):
    if kind == 'bol':
        return pos == 0 or (flags & _MULTILINE and string[pos - 1] == '\n')
    if kind == 'eol':
        if flags & _MULTILINE:
            return pos == end or string[pos] == '\n'
        return pos == end or (pos == end - 1 and string[pos] == '\n')
    if kind == 'start':
        return pos == 0
    if kind == 'end':
        return pos == end
    ascii_only = flags & _ASCII
    before = pos > 0 and _is_word(string[pos - 1], ascii_only)
    after = pos < end and _is_word(string[pos], ascii_only)
    if kind == 'boundary':
        return before != after
    return before == after


def _run(code, string, start, end, flags, must_advance=False):
    # Runs the program anchored at `start`; returns the group marks or None. Choice
    # points are pushed on an explicit stack: (pc, pos, marks, progress).
    program = code.instructions
    stack = [(0, start, (None,) * (2 * code.groups + 2), (None,) * code.loops)]
    while stack:
        pc, pos, marks, progress = stack.pop()
        while True:
            op = program[pc]
            code = op[0]
            if code == _CHAR:
                if pos < end and (string[pos] == op[1] or (
                        flags & _IGNORECASE and string[pos].lower() == op[1].lower())):
                    pos += 1
                    pc += 1
                    continue
                break
            if code == _ANY:
                if pos < end and (op[1] or string[pos] != '\n'):
                    pos += 1
                    pc += 1
                    continue
                break
            if code == _CLASS:
                if pos < end and _class_matches(op[1], op[2], string[pos], flags):
                    pos += 1
                    pc += 1
                    continue
                break
            if code == _SPLIT:
                stack.append((op[2], pos, marks, progress))
                pc = op[1]
                continue
            if code == _JUMP:
                pc = op[1]
                continue
            if code == _SAVE:
                slot = op[1]
                marks = marks[:slot] + (pos,) + marks[slot + 1:]
                pc += 1
                continue
            if code == _MATCH:
                if must_advance and pos == start:
                    break
                return (start, pos) + marks[2:]
            if code == _ASSERT:
                if _assertion(op[1], string, pos, end, flags):
                    pc += 1
                    continue
                break
            if code == _BACKREF:
                group_start, group_end = marks[2 * op[1]], marks[2 * op[1] + 1]
                if group_start is None or group_end is None:
                    break
                text = string[group_start:group_end]
                candidate = string[pos:pos + len(text)]
                if candidate == text or (flags & _IGNORECASE and candidate.lower() == text.lower()):
                    pos += len(text)
                    pc += 1
                    continue
                break
            if code == _LOOK:
                sub, negate, width = op[1], op[2], op[3]
                if width is None:
                    found = _run(sub, string, pos, end, flags)
                else:
                    found = None
                    if pos - width >= 0:
                        found = _run(sub, string, pos - width, end, flags)
                        if found is not None and found[1] != pos:
                            found = None
                if (found is None) != negate:
                    break
                if found is not None and not negate:
                    merged = list(marks)
                    for slot in range(2, len(marks)):
                        if found[slot] is not None:
                            merged[slot] = found[slot]
                    marks = tuple(merged)
                pc += 1
                continue
            if code == _MARK:
                progress = progress[:op[1]] + (pos,) + progress[op[1] + 1:]
                pc += 1
                continue
            if code == _PROGRESS:
                # An iteration that matched the empty string is kept (with its groups)
                # but ends the loop, as in sre.
                pc = op[2] if progress[op[1]] == pos else pc + 1
                continue
            break
    return None


def _search(code, string, pos, endpos, flags, anchored, must_advance=False):
    # The first match starting at pos or later (only at pos when anchored).
    start = pos
    while start <= endpos:
        found = _run(code, string, start, endpos, flags, must_advance and start == pos)
        if found is not None:
            return found
        if anchored:
            return None
        start += 1
    return None


class Match:
    """The result of a successful match: groups, their spans, and the subject."""

    __module__ = 're'

    def __init__(self, pattern, string, pos, endpos, marks):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._marks = marks
        self.lastindex = _last_index(pattern, marks)
        self.lastgroup = None
        for name, index in pattern.groupindex.items():
            if index == self.lastindex:
                self.lastgroup = name

    def _index(self, group):
        if isinstance(group, str):
            if group in self.re.groupindex:
                return self.re.groupindex[group]
            raise IndexError('no such group')
        if isinstance(group, int) and 0 <= group <= self.re.groups:
            return group
        raise IndexError('no such group')

    def span(self, group=0):
        index = self._index(group)
        start, end = self._marks[2 * index], self._marks[2 * index + 1]
        if start is None or end is None:
            return (-1, -1)
        return (start, end)

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def _group(self, group, default=None):
        start, end = self.span(group)
        if start < 0:
            return default
        return self.string[start:end]

    def group(self, *groups):
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(groups[0])
        return tuple(self._group(group) for group in groups)

    def __getitem__(self, group):
        return self._group(group)

    def groups(self, default=None):
        return tuple(self._group(index, default) for index in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(index, default) for name, index in self.re.groupindex.items()}

    def expand(self, template):
        return _expand_template(self.re, template)(self)

    @property
    def regs(self):
        return tuple(self.span(index) for index in range(self.re.groups + 1))

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())


def _last_index(pattern, marks):
    # The group that closed last, as sre's lastindex reports it.
    best = None
    best_end = -1
    for index in range(1, pattern.groups + 1):
        start, end = marks[2 * index], marks[2 * index + 1]
        if start is not None and end is not None and end >= best_end:
            if best is None or end > best_end or start <= marks[2 * best]:
                best, best_end = index, end
    return best


class Pattern:
    """A compiled regular expression."""

    __module__ = 're'

    def __init__(self, pattern, flags):
        if isinstance(pattern, Pattern):
            raise ValueError('cannot process flags argument with a compiled pattern')
        if not isinstance(pattern, str):
            raise TypeError('first argument must be string or compiled pattern')
        code, flags, groups, names = _compile_pattern(pattern, flags, error)
        self.pattern = pattern
        self.flags = flags | _UNICODE if not flags & _ASCII else flags
        self.groups = groups
        self.groupindex = dict(names)
        self._code = code

    def _bounds(self, string, pos, endpos):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__)
        length = len(string)
        endpos = length if endpos is None else max(0, min(endpos, length))
        pos = max(0, min(pos, length))
        return pos, endpos

    def _match(self, string, pos, endpos, anchored, full=False):
        pos, endpos = self._bounds(string, pos, endpos)
        code = self._code
        if full:
            code = _fullmatch_code(self)
        marks = _search(code, string, pos, endpos, self.flags, anchored)
        if marks is None:
            return None
        return Match(self, string, pos, endpos, marks)

    def match(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, True)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, True, full=True)

    def search(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, False)

    def finditer(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        must_advance = False
        while pos <= endpos:
            marks = _search(self._code, string, pos, endpos, self.flags, False, must_advance)
            if marks is None:
                return
            yield Match(self, string, pos, endpos, marks)
            must_advance = marks[1] == marks[0]
            pos = marks[1]

    def findall(self, string, pos=0, endpos=None):
        found = []
        for match in self.finditer(string, pos, endpos):
            if self.groups == 0:
                found.append(match.group())
            elif self.groups == 1:
                found.append(match.group(1) or '')
            else:
                found.append(tuple(group or '' for group in match.groups()))
        return found

    def subn(self, repl, string, count=0):
        if callable(repl):
            replace = repl
        else:
            replace = _expand_template(self, repl)
        pieces = []
        last = 0
        done = 0
        for match in self.finditer(string):
            if count and done >= count:
                break
            start, end = match.span()
            pieces.append(string[last:start])
            pieces.append(replace(match))
            last = end
            done += 1
        pieces.append(string[last:])
        return ''.join(pieces), done

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        pieces = []
        last = 0
        done = 0
        for match in self.finditer(string):
            if maxsplit and done >= maxsplit:
                break
            start, end = match.span()
            pieces.append(string[last:start])
            pieces.extend(match.groups())
            last = end
            done += 1
        pieces.append(string[last:])
        return pieces

    def __repr__(self):
        flags = self.flags & ~_UNICODE if not self.flags & _ASCII else self.flags
        text = repr(self.pattern)
        if not flags:
            return 're.compile(%s)' % text
        return 're.compile(%s, %s)' % (text, _flags_text(flags))

    def __eq__(self, other):
        return isinstance(other, Pattern) and (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))


def _flags_text(flags):
    names = ['re.' + name for value, name in _FLAG_NAMES if flags & value]
    rest = flags & ~sum([value for value, name in _FLAG_NAMES])
    if rest:
        names.append(hex(rest))
    return '|'.join(names)


def _fullmatch_code(pattern):
    # The pattern's program, required to end at the end of the subject.
    code = pattern._code
    instructions = code.instructions[:-1] + [(_ASSERT, 'end'), (_MATCH,)]
    return _re_parser_code(instructions, code.groups, code.loops)


from _re_parser import Code as _re_parser_code


def _expand_template(pattern, template):
    # A function of a match giving the replacement: \1, \g<1>, \g<name> and escapes.
    if not isinstance(template, str):
        raise TypeError('expected str instance, %s found' % type(template).__name__)
    parts = []
    literal = []
    i = 0
    while i < len(template):
        ch = template[i]
        if ch != '\\':
            literal.append(ch)
            i += 1
            continue
        nxt = template[i + 1:i + 2]
        if nxt == 'g':
            close = template.find('>', i)
            if template[i + 2:i + 3] != '<' or close < 0:
                raise error('missing <' if template[i + 2:i + 3] != '<' else 'missing >, unterminated name', template, i + 2)
            name = template[i + 3:close]
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error('invalid group reference %d' % index, template, i + 3)
            elif name in pattern.groupindex:
                index = pattern.groupindex[name]
            else:
                raise IndexError("unknown group name '%s'" % name)
            parts.append(''.join(literal))
            literal = []
            parts.append(index)
            i = close + 1
        elif nxt.isdigit() and nxt != '0':
            j = i + 2
            if template[j:j + 1].isdigit():
                j += 1
            index = int(template[i + 1:j])
            if index > pattern.groups:
                raise error('invalid group reference %d' % index, template, i + 1)
            parts.append(''.join(literal))
            literal = []
            parts.append(index)
            i = j
        elif nxt in 'abfnrtv\\':
            literal.append({'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
                            't': '\t', 'v': '\v', '\\': '\\'}[nxt])
            i += 2
        elif nxt == '':
            raise error('bad escape (end of pattern)', template, i)
        elif nxt in 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz':
            raise error('bad escape \\' + nxt, template, i)
        else:
            literal.append('\\' + nxt)
            i += 2
    parts.append(''.join(literal))

    def expand(match):
        out = []
        for part in parts:
            if isinstance(part, int):
                out.append(match.group(part) or '')
            else:
                out.append(part)
        return ''.join(out)
    return expand


_cache = {}


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    compiled = _cache.get(key)
    if compiled is None:
        compiled = Pattern(pattern, flags)
        _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Replace the leftmost non-overlapping occurrences of the pattern."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """sub(), also returning the number of substitutions made."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator over the Match objects of all non-overlapping matches."""
    return _compile(pattern, flags).finditer(string)


_SPECIAL_CHARS = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """Escape special characters in a string."""
    return ''.join('\\' + ch if ch in _SPECIAL_CHARS else ch for ch in pattern)
