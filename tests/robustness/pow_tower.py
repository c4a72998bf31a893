# An int with ten billion digits.
# python3: still computing after 20 s.
# run: cellscope: stopped: an int would need more than 1048576 bits (int size budget reached)
10**10**10
