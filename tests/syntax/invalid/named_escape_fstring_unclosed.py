x = f"\N{SNOWMAN"
