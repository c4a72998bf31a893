for i in r:
pass
