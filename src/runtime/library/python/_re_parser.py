"""The parser and compiler behind the re module.

A pattern is read into a tree of nodes (tuples), then compiled into the instructions
re's matcher runs. The instruction numbers must agree with those in re.py.
"""

_CHAR, _ANY, _CLASS, _SPLIT, _JUMP, _SAVE, _MATCH, _ASSERT, _BACKREF, _LOOK, \
    _MARK, _PROGRESS = range(12)

_IGNORECASE, _MULTILINE, _DOTALL, _VERBOSE, _ASCII = 2, 8, 16, 64, 256
_INLINE_FLAGS = {'i': 2, 'L': 4, 'm': 8, 's': 16, 'u': 32, 'x': 64, 'a': 256}
_CATEGORIES = {'d': 'digit', 'D': 'notdigit', 'w': 'word', 'W': 'notword',
               's': 'space', 'S': 'notspace'}
_ASSERTIONS = {'b': 'boundary', 'B': 'notboundary', 'A': 'start', 'Z': 'end'}
_CONTROL = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
            'v': '\v', '\\': '\\'}
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


class Code:
    """A compiled program: instructions, capturing group count, loop registers."""

    def __init__(self, instructions, groups, loops):
        self.instructions = instructions
        self.groups = groups
        self.loops = loops


class _Parser:
    def __init__(self, pattern, flags, error):
        self.pattern = pattern
        self.pos = 0
        self.flags = flags
        self.error = error
        self.groups = 0
        self.names = {}
        self.open_groups = []

    def fail(self, message, pos=None):
        raise self.error(message, self.pattern, self.pos if pos is None else pos)

    def peek(self):
        return self.pattern[self.pos:self.pos + 1]

    def skip_verbose(self):
        if not self.flags & _VERBOSE:
            return
        while self.pos < len(self.pattern):
            ch = self.pattern[self.pos]
            if ch in ' \t\n\r\f\v':
                self.pos += 1
            elif ch == '#':
                newline = self.pattern.find('\n', self.pos)
                self.pos = len(self.pattern) if newline < 0 else newline + 1
            else:
                return

    def parse(self):
        self.leading_flags()
        node = self.alternation()
        if self.pos < len(self.pattern):
            self.fail('unbalanced parenthesis')
        return node

    def leading_flags(self):
        # (?aiLmsux) at the start sets flags for the whole pattern.
        while self.pattern.startswith('(?', self.pos):
            end = self.pos + 2
            while end < len(self.pattern) and self.pattern[end] in _INLINE_FLAGS:
                end += 1
            if end == self.pos + 2 or self.pattern[end:end + 1] != ')':
                return
            for letter in self.pattern[self.pos + 2:end]:
                self.flags |= _INLINE_FLAGS[letter]
            self.pos = end + 1

    def alternation(self):
        branches = [self.sequence()]
        while self.peek() == '|':
            self.pos += 1
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else ('alt', branches)

    def sequence(self):
        items = []
        while True:
            self.skip_verbose()
            ch = self.peek()
            if ch == '' or ch == '|' or ch == ')':
                return ('seq', items)
            start = self.pos
            atom = self.atom()
            if atom is not None:
                items.append(self.quantified(atom, start))

    def quantified(self, atom, start):
        self.skip_verbose()
        bounds = self.quantifier()
        if bounds is None:
            return atom
        low, high = bounds
        greedy = True
        if self.peek() == '?':
            self.pos += 1
            greedy = False
        self.skip_verbose()
        if self.peek() in ('*', '+', '?') or (self.peek() == '{' and self.brace_bounds()):
            self.fail('multiple repeat')
        if atom[0] == 'assert':
            self.fail('nothing to repeat', start)
        return ('repeat', atom, low, high, greedy)

    def quantifier(self):
        ch = self.peek()
        if ch in ('*', '+', '?'):
            self.pos += 1
            return {'*': (0, None), '+': (1, None), '?': (0, 1)}[ch]
        if ch == '{':
            bounds = self.brace_bounds()
            if bounds is not None:
                if bounds[1] is not None and bounds[1] < bounds[0]:
                    self.fail('min repeat greater than max repeat', self.pos + 1)
                self.pos = bounds[2]
                return bounds[0], bounds[1]
        return None

    def brace_bounds(self):
        # {m}, {m,}, {,n} or {m,n} at pos: (min, max, end); None when it is a literal.
        close = self.pattern.find('}', self.pos)
        if close < 0:
            return None
        inside = self.pattern[self.pos + 1:close]
        low, comma, high = inside.partition(',')
        if not (low.isdigit() or (comma and low == '')) or (high and not high.isdigit()):
            return None
        if not comma and not low:
            return None
        low_value = int(low) if low else 0
        if not comma:
            return low_value, low_value, close + 1
        return low_value, (int(high) if high else None), close + 1

    def atom(self):
        ch = self.pattern[self.pos]
        if ch == '(':
            return self.group()
        if ch == '[':
            return self.char_class()
        self.pos += 1
        if ch == '.':
            return ('any',)
        if ch == '^':
            return ('assert', 'bol')
        if ch == '$':
            return ('assert', 'eol')
        if ch == '\\':
            return self.escape()
        if ch in '*+?' or (ch == '{' and self.pos_brace_is_quantifier()):
            self.fail('nothing to repeat', self.pos - 1)
        return ('char', ch)

    def pos_brace_is_quantifier(self):
        self.pos -= 1
        bounds = self.brace_bounds()
        self.pos += 1
        return bounds is not None

    def group(self):
        start = self.pos
        self.pos += 1
        capture = None
        if self.pattern.startswith('?', self.pos):
            kind = self.group_kind(start)
            if kind is None:
                return None
            if kind[0] == 'backref':
                return kind
            if kind[0] != 'capture':
                node = self.alternation()
                self.close_group(start)
                if kind[0] == 'plain':
                    return node
                return ('look', node, kind[1], kind[2])
            capture = kind[1]
        else:
            self.groups += 1
            capture = self.groups
        self.open_groups.append(capture)
        node = self.alternation()
        self.close_group(start)
        self.open_groups.pop()
        return ('group', capture, node)

    def close_group(self, start):
        if self.peek() != ')':
            self.fail('missing ), unterminated subpattern', start)
        self.pos += 1

    def group_kind(self, start):
        # After '(?': ('plain',), ('look', negate, behind), ('capture', index), or
        # None for a comment or a backreference already consumed.
        rest = self.pattern[self.pos + 1:]
        for prefix, kind in ((':', ('plain',)), ('=', ('look', False, False)),
                             ('!', ('look', True, False)), ('<=', ('look', False, True)),
                             ('<!', ('look', True, True))):
            if rest.startswith(prefix):
                self.pos += 1 + len(prefix)
                return kind
        if rest.startswith('#'):
            close = self.pattern.find(')', self.pos)
            if close < 0:
                self.fail('missing ), unterminated comment', start)
            self.pos = close + 1
            return None
        if rest.startswith('P<'):
            close = self.pattern.find('>', self.pos)
            name = self.pattern[self.pos + 3:close] if close >= 0 else ''
            if close < 0:
                self.fail('missing >, unterminated name', self.pos + 3)
            if not name.isidentifier():
                self.fail("bad character in group name '%s'" % name, self.pos + 3)
            if name in self.names:
                self.fail("redefinition of group name '%s' as group %d; was group %d"
                          % (name, self.groups + 1, self.names[name]), self.pos + 3)
            self.groups += 1
            self.names[name] = self.groups
            self.pos = close + 1
            return ('capture', self.groups)
        if rest.startswith('P='):
            return ('backref', self.named_backref(start))
        self.fail('unknown extension ?' + rest[:1], self.pos)

    def named_backref(self, start):
        close = self.pattern.find(')', self.pos)
        if close < 0:
            self.fail('missing ), unterminated name', self.pos + 3)
        name = self.pattern[self.pos + 3:close]
        if name not in self.names:
            self.fail("unknown group name '%s'" % name, self.pos + 3)
        self.pos = close + 1
        return self.names[name]

    def escape(self):
        start = self.pos - 1
        ch = self.pattern[self.pos:self.pos + 1]
        if ch == '':
            self.fail('bad escape (end of pattern)', start)
        self.pos += 1
        if ch in _CATEGORIES:
            return ('class', [(_CATEGORIES[ch],)], False)
        if ch in _ASSERTIONS:
            return ('assert', _ASSERTIONS[ch])
        if ch.isdigit() and ch != '0':
            digits = ch
            if self.peek().isdigit():
                digits += self.peek()
                self.pos += 1
            group = int(digits)
            if group > self.groups or group in self.open_groups:
                self.fail('invalid group reference %d' % group, start + 1)
            return ('backref', group)
        return ('char', self.escaped_char(ch, start))

    def escaped_char(self, ch, start):
        if ch in _CONTROL:
            return _CONTROL[ch]
        if ch == '0':
            digits = ''
            while len(digits) < 2 and self.peek() in '01234567' and self.peek():
                digits += self.peek()
                self.pos += 1
            return chr(int('0' + digits, 8))
        for letter, size in (('x', 2), ('u', 4), ('U', 8)):
            if ch == letter:
                digits = self.pattern[self.pos:self.pos + size]
                if len(digits) != size or not all(d in '0123456789abcdefABCDEF' for d in digits):
                    self.fail('incomplete escape \\%s%s' % (letter, digits), start)
                self.pos += size
                return chr(int(digits, 16))
        if ch in _ASCII_LETTERS:
            self.fail('bad escape \\' + ch, start)
        return ch

    def char_class(self):
        start = self.pos
        self.pos += 1
        negated = self.peek() == '^'
        if negated:
            self.pos += 1
        items = []
        first = True
        while True:
            ch = self.peek()
            if ch == '':
                self.fail('unterminated character set', start)
            if ch == ']' and not first:
                self.pos += 1
                return ('class', items, negated)
            first = False
            item_start = self.pos
            low = self.class_member()
            if self.peek() == '-' and self.pattern[self.pos + 1:self.pos + 2] not in (']', ''):
                self.pos += 1
                high = self.class_member()
                if low[0] != 'char' or high[0] != 'char':
                    self.fail('bad character range %s' % self.pattern[item_start:self.pos],
                              item_start)
                if high[1] < low[1]:
                    self.fail('bad character range %s-%s' % (low[1], high[1]), item_start)
                items.append(('range', low[1], high[1]))
            else:
                items.append(low)

    def class_member(self):
        ch = self.pattern[self.pos]
        self.pos += 1
        if ch != '\\':
            return ('char', ch)
        start = self.pos - 1
        escaped = self.pattern[self.pos:self.pos + 1]
        if escaped == '':
            self.fail('unterminated character set', start)
        self.pos += 1
        if escaped in _CATEGORIES:
            return (_CATEGORIES[escaped],)
        if escaped == 'b':
            return ('char', '\b')
        return ('char', self.escaped_char(escaped, start))


def _width(node, fail):
    # The fixed number of characters a node matches, for a look-behind.
    kind = node[0]
    if kind in ('char', 'any', 'class'):
        return 1
    if kind in ('assert', 'look'):
        return 0
    if kind == 'seq':
        return sum(_width(item, fail) for item in node[1])
    if kind == 'group':
        return _width(node[2], fail)
    if kind == 'alt':
        widths = set(_width(branch, fail) for branch in node[1])
        if len(widths) == 1:
            return widths.pop()
    if kind == 'repeat' and node[2] == node[3]:
        return node[2] * _width(node[1], fail)
    fail()


class _Emitter:
    def __init__(self, flags, groups, error, pattern):
        self.flags = flags
        self.groups = groups
        self.loops = 0
        self.error = error
        self.pattern = pattern

    def program(self, node):
        out = []
        self.emit(node, out)
        out.append((_MATCH,))
        return out

    def emit(self, node, out):
        kind = node[0]
        if kind == 'char':
            out.append((_CHAR, node[1]))
        elif kind == 'any':
            out.append((_ANY, bool(self.flags & _DOTALL)))
        elif kind == 'class':
            out.append((_CLASS, node[1], node[2]))
        elif kind == 'seq':
            for item in node[1]:
                self.emit(item, out)
        elif kind == 'alt':
            self.emit_alternation(node[1], out)
        elif kind == 'group':
            out.append((_SAVE, 2 * node[1]))
            self.emit(node[2], out)
            out.append((_SAVE, 2 * node[1] + 1))
        elif kind == 'repeat':
            self.emit_repeat(node, out)
        elif kind == 'assert':
            out.append((_ASSERT, node[1]))
        elif kind == 'backref':
            out.append((_BACKREF, node[1]))
        elif kind == 'look':
            self.emit_look(node, out)

    def emit_alternation(self, branches, out):
        jumps = []
        for index, branch in enumerate(branches):
            if index < len(branches) - 1:
                split = len(out)
                out.append(None)
                self.emit(branch, out)
                jumps.append(len(out))
                out.append(None)
                out[split] = (_SPLIT, split + 1, len(out))
            else:
                self.emit(branch, out)
        for jump in jumps:
            out[jump] = (_JUMP, len(out))

    def emit_repeat(self, node, out):
        _, body, low, high, greedy = node
        for _ in range(low):
            self.emit(body, out)
        if high is None:
            loop = self.loops
            self.loops += 1
            split = len(out)
            out.append(None)
            out.append((_MARK, loop))
            self.emit(body, out)
            progress = len(out)
            out.append(None)
            out.append((_JUMP, split))
            out[progress] = (_PROGRESS, loop, len(out))
            out[split] = (_SPLIT, split + 1, len(out)) if greedy else (_SPLIT, len(out), split + 1)
            return
        splits = []
        for _ in range(high - low):
            splits.append(len(out))
            out.append(None)
            self.emit(body, out)
        for split in splits:
            out[split] = (_SPLIT, split + 1, len(out)) if greedy else (_SPLIT, len(out), split + 1)

    def emit_look(self, node, out):
        _, body, negate, behind = node
        width = None
        if behind:
            def fail():
                raise self.error('look-behind requires fixed-width pattern')
            width = _width(body, fail)
        sub = _Emitter(self.flags, self.groups, self.error, self.pattern)
        sub.loops = self.loops
        instructions = sub.program(body)
        self.loops = sub.loops
        out.append((_LOOK, Code(instructions, self.groups, sub.loops), negate, width))


def compile_pattern(pattern, flags, error):
    """(Code, flags, group count, group names) for a pattern, or raises error."""
    parser = _Parser(pattern, flags, error)
    node = parser.parse()
    emitter = _Emitter(parser.flags, parser.groups, error, pattern)
    instructions = emitter.program(node)
    code = Code(instructions, parser.groups, emitter.loops)
    _fix_look_loops(code, emitter.loops)
    return code, parser.flags, parser.groups, parser.names


def _fix_look_loops(code, loops):
    # Look-around programs share the loop registers of the whole pattern.
    code.loops = loops
    for op in code.instructions:
        if op[0] == _LOOK:
            _fix_look_loops(op[1], loops)
