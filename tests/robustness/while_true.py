# An infinite loop that does nothing.
# python3: runs until killed.
# run: cellscope: stopped after 100000000 steps (step budget reached)
# trace: ends at the step budget with "Stopped after N steps".
while True:
    pass
