# An int of 2**40 bits.
# python3: MemoryError after about 19 s.
# run: cellscope: stopped: an int would need more than 1048576 bits (int size budget reached)
2**(2**40)
