"""The app's peer screens, one module each; the app shows them as modes."""
