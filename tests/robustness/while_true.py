# An infinite loop that does nothing.
# python3: runs until killed.
# run: hang
# trace: ends at the step budget with "Stopped after N steps".
while True:
    pass
