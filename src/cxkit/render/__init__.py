"""`cxkit render`: personas and journey maps for the terminal, and exports people can share.

Modules: ``content`` decides what is shown and in which order; ``terminal``,
``markdown``, ``html``, ``mermaid`` and ``jsonout`` decide how it looks;
``load`` reads files with lint's located errors; ``run`` ties them to the CLI.
"""
