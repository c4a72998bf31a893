# Misuse: nonlocal module level after assignment.
x = 1
nonlocal x
