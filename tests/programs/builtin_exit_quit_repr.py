# exit and quit (site's Quitter objects): their repr and str, name and eof, what calling them raises
print(exit)
print(repr(quit))
print(str(exit), exit.name, quit.name, exit.eof)
print(callable(exit), callable(quit))
for call in (lambda: exit(), lambda: exit(3), lambda: quit("bye"), lambda: exit(code=4), lambda: quit(None)):
    try:
        call()
    except SystemExit as e:
        print(repr(e), e.args, e.code)
for bad in (lambda: exit(1, 2), lambda: exit(c=4), lambda: quit(1, code=2)):
    try:
        bad()
    except TypeError as e:
        print(e)
exit
print("exit alone does nothing")
