x = "\N{SNOWMAN"
