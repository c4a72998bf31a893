# Printing forever.
# python3: writes until killed (4 GB in 20 s).
# run: cellscope: stopped: more than 67108864 bytes of output (output budget reached)
while True:
    print("spam" * 1000)
