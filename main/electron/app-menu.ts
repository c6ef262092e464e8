import { Menu, type MenuItemConstructorOptions } from 'electron';

// The usual editing roles, labelled in Chinese (the UI's default language).
export function buildAppMenu(isMac: boolean, isDev: boolean): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ label: '清稿', submenu: [{ role: 'about', label: '关于清稿' }, { type: 'separator' }, { role: 'quit', label: '退出清稿' }] } as MenuItemConstructorOptions] : []),
    { label: '文件', submenu: [isMac ? { role: 'close', label: '关闭窗口' } : { role: 'quit', label: '退出' }] },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'pasteAndMatchStyle', label: '粘贴并匹配样式' },
        { role: 'delete', label: '删除' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [
        ...(isDev ? [{ role: 'reload', label: '重新加载' }, { role: 'toggleDevTools', label: '开发者工具' }, { type: 'separator' }] as MenuItemConstructorOptions[] : []),
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    { label: '窗口', submenu: [{ role: 'minimize', label: '最小化' }, { role: 'zoom', label: '缩放' }] },
  ];
  return Menu.buildFromTemplate(template);
}
