"""One build step pyproject.toml cannot say: ship the question bank inside the wheel.

The bank lives at the top of the repository (`data/vragen.toml`), where the design names it
and where a trainer or reviewer finds it. package-data can only take files from inside the
package, so the wheel's build copies it to `wievraag/data/vragen.toml`. An editable install
copies nothing: `wievraag.vragen.bank_bron` then reads the file in the repository itself, so an
edit shows on the next start without reinstalling.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

BANK = Path("data") / "vragen.toml"


class BuildMetBank(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # read in place from the repository (see the module docstring)
        doel = Path(self.build_lib) / "wievraag" / "data" / BANK.name
        self.mkpath(str(doel.parent))
        self.copy_file(str(BANK), str(doel))


setup(cmdclass={"build_py": BuildMetBank})
