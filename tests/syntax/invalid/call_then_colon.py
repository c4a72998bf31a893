clasE(Exception): pass
