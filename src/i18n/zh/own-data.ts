import type { OwnDataStrings } from '../types/own-data';
import { strings as app } from './app';

export const strings: OwnDataStrings = {
  title: app.ownData,
  close: app.dismiss,
  privacy:
    '文件只在本机浏览器中读取和计算，不会上传到任何服务器。关闭页面后数据即消失，除非你选择“保存在本浏览器”。',
  expects:
    '需要 schools（学校基层表）文件；population（3—5岁人口，用于毛入园率）和 reported（公报引用）可选；格式为 .csv、.csv.gz 或 .xlsx，UTF-8 或 GB18030 编码，中文或英文表头均可。',
  choose: '选择文件…',
  dropHere: '也可以把文件拖到页面上的任何位置。',
  chosen: '已选文件',
  noFiles: '尚未选择文件。',
  role: {
    schools: '学校（schools）',
    population: '人口（population）',
    reported: '公报引用（reported）',
  },
  unplaced: {
    form: (name) => `${name}：不是 .csv、.csv.gz 或 .xlsx 文件，不会读取。`,
    role: (name) =>
      `${name}：无法从文件名判断是哪类数据；请把文件名改为包含 schools、population 或 reported。`,
    twice: (name) => `${name}：同类文件已有一个，不会读取。`,
  },
  missing: (roles) => `还缺少：${roles}。`,
  remove: (name) => `移除 ${name}`,
  skipInvalid: '跳过无效行',
  skipInvalidNote: '无效行不计入结果，可下载 rejected.csv 查看（与命令行 --skip-invalid 相同）。',
  build: '生成',
  cancel: '取消',
  progressLabel: '生成进度',
  step: (step) =>
    step.startsWith('reading ')
      ? `正在读取 ${step.slice('reading '.length)}`
      : step === 'aggregating'
        ? '正在汇总'
        : step === 'writing'
          ? '正在写出文件'
          : step,
  progress: (rows, perSecond) => `已读 ${rows} 行 · 每秒 ${perSecond} 行`,
  cancelled: '已取消，没有生成任何数据。',
  failed: (message) => `生成失败：${message}`,
  problemsTitle: '数据有问题',
  nothingBuilt: '没有生成任何数据。请修正以下问题，或勾选“跳过无效行”。',
  more: (count) => `还有 ${count} 个问题未列出`,
  tryAgain: '重新选择',
  built: (rows, seconds) => `已读取 ${rows} 行，用时 ${seconds} 秒。`,
  shown: '地图和图表现在显示你的数据。',
  rejected: '下载被跳过的行（rejected.csv）',
  keep: '保存在本浏览器',
  kept: '已保存在本浏览器（IndexedDB），下次打开本页时自动显示。',
  keepFailed: '无法保存在本浏览器。',
  forget: app.ownForget,
  forgotten: '已从本浏览器删除。',
  zip: '下载为网站数据文件夹（.zip）',
  zipNote: '与 npm run build:data 生成的文件相同，可直接替换网站的 data/ 文件夹。',
  backToPublished: app.ownReturn,
};
