def detect(lines):
    encoding = None

    def find(line):
        encoding = line.split("=")[-1]
        if not encoding:
            return None
        return encoding

    for line in lines:
        encoding = find(line) or encoding
    return encoding

print(detect(["coding=utf-8"]))
