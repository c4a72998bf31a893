s = "café"; t = s ✓ 1
