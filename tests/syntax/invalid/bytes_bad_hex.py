b = b'ab\xzz'
