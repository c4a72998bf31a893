# Misuse: nonlocal module level.
print("before")
nonlocal x
