"""Small Textual apps that the game's start-up, memory and output are compared to."""
