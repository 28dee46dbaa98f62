<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Strings of Qt's own file dialog that PySide6's qtbase_kk.qm lacks ("&Look in:" and
     "Files of &type:" stayed English). Loaded after qtbase_kk by ui/language.py; built
     into qt_extra_kk.qm with pyside6-lrelease. -->
<TS version="2.1" language="kk_KZ">
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>Қайда қ&amp;арау:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Файлдар &amp;түрі:</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Барлық файлдар (*)</translation>
    </message>
  </context>
</TS>
