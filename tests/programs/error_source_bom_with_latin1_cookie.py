# -*- coding: latin-1 -*-
# A UTF-8 byte order mark with a cookie naming another encoding is an encoding problem.
print("never")
