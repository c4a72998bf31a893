# The built-in exception hierarchy, checked with issubclass.
pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (UnboundLocalError, NameError),
    (RecursionError, RuntimeError),
    (ModuleNotFoundError, ImportError),
    (StopIteration, Exception),
    (AssertionError, Exception),
    (Exception, BaseException),
    (KeyboardInterrupt, Exception),
    (SystemExit, BaseException),
    (NotImplementedError, RuntimeError),
    (TypeError, ValueError),
]
for sub, base in pairs:
    print(f"{sub.__name__:20} {base.__name__:16} {issubclass(sub, base)}")
