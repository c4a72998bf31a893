x = foo[bar baz
y = 2
