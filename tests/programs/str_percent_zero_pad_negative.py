# printf-style zero padding puts the zeros after the sign, as clock and offset texts need: "%03d" % -5 is -05
for value in [-5, 5, -123, 0, -1.5, 2.25]:
    print("%04d|%05.1f|%-5d|%5d|%03i" % (value, value, value, value, value))
hours, minutes = divmod(-75, 60)
print("%03d:%02d" % (hours, minutes))
print("%06.2f" % -3.14159, "%08.3e" % -12345.678)
print("%+.2f|% .1f|%+08.2f|%#x|%#06x|%+5.1e" % (3, 2.5, -1.25, 255, 255, 12.5))
