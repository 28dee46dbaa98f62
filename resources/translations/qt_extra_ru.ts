<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Strings of Qt's own file dialog that PySide6's qtbase_ru.qm lacks ("&Look in:" and
     "Files of &type:" stayed English). Loaded after qtbase_ru by ui/language.py; built
     into qt_extra_ru.qm with pyside6-lrelease. -->
<TS version="2.1" language="ru_RU">
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Папка:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>&amp;Тип файлов:</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Все файлы (*)</translation>
    </message>
  </context>
</TS>
