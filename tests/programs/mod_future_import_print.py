# old-style future imports still compile and change nothing in Python 3
from __future__ import print_function, division, absolute_import, unicode_literals
from __future__ import generators, nested_scopes, with_statement, generator_stop

print(7 / 2, 7 // 2, type("x").__name__)


def squares(n):
    for i in range(n):
        yield i * i


print(list(squares(4)))
