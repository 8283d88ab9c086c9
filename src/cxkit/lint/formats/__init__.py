"""Output formats for lint findings."""
